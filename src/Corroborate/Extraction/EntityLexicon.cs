using System.Collections.Frozen;
using Corroborate.Text;

namespace Corroborate.Extraction;

/// <summary>The word lists entity extraction reads (roles, organisation and place cues, stop words), loaded once.</summary>
public sealed class EntityLexicon
{
    private EntityLexicon()
    {
        var roles = ResourceText.Lines("Entities/roles.txt").Select(l => l.Split('\t')).ToList();
        Roles = roles.ToFrozenDictionary(r => r[0], r => r.Length > 1 ? r[1] : "official", StringComparer.OrdinalIgnoreCase);
        MaxRoleTokens = roles.Max(r => r[0].Split(' ').Length);
        OrganisationCues = ResourceText.Set("Entities/organisation-cues.txt", StringComparer.Ordinal);
        PlaceCues = ResourceText.Set("Entities/place-cues.txt", StringComparer.Ordinal);
        Stopwords = ResourceText.Set("Entities/capitalised-stopwords.txt", StringComparer.Ordinal);
        Connectors = ResourceText.Set("Entities/organisation-connectors.txt", StringComparer.Ordinal);
        NonPersonWords = ResourceText.Set("Entities/non-person-words.txt", StringComparer.OrdinalIgnoreCase);
    }

    public static EntityLexicon Default { get; } = new();

    /// <summary>Role or title → its kind (head-of-state, minister, military, honorific…).</summary>
    public FrozenDictionary<string, string> Roles { get; }

    public int MaxRoleTokens { get; }

    public FrozenSet<string> OrganisationCues { get; }

    public FrozenSet<string> PlaceCues { get; }

    public FrozenSet<string> Stopwords { get; }

    public FrozenSet<string> Connectors { get; }

    public FrozenSet<string> NonPersonWords { get; }
}
