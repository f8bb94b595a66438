using System.Collections.Frozen;
using Corroborate.Text;

namespace Corroborate.Extraction;

/// <summary>
/// Short forms of given names ("dave" of "david", "bill" of "william") from <c>Entities/given-name-short-forms.txt</c>,
/// so that "Dave Rossi" and "David Rossi" can be one person. Only a short form that belongs to one full name counts:
/// "steve" (Steven or Stephen) joins neither, and two full names never match each other through a shared short form.
/// </summary>
internal static class GivenNameShortForms
{
    private static readonly FrozenDictionary<string, string> FullNameOf = Load();

    /// <summary>Whether one of two lower-case given names (name keys) is the other's short form.</summary>
    public static bool Same(string a, string b) =>
        a != b && ((FullNameOf.TryGetValue(a, out var full) && full == b) || (FullNameOf.TryGetValue(b, out full) && full == a));

    private static FrozenDictionary<string, string> Load()
    {
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in ResourceText.Lines("Entities/given-name-short-forms.txt"))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var shortForm in words.Skip(1))
            {
                if (!owners.TryGetValue(shortForm, out var fulls))
                {
                    owners[shortForm] = fulls = new HashSet<string>(StringComparer.Ordinal);
                }

                fulls.Add(words[0]);
            }
        }

        return owners.Where(o => o.Value.Count == 1).ToFrozenDictionary(o => o.Key, o => o.Value.First(), StringComparer.Ordinal);
    }
}
