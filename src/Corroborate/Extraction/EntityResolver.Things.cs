using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// Names the story writes as things (issue 18, part 2): where one article writes "an Emmy nomination", "his Bentley" or
/// "a Chetak helicopter", the same name elsewhere in the story ("the Emmys", "the Bentley") is that thing too, unless
/// the gazetteer knows it.
/// </summary>
public sealed partial class EntityResolver
{
    /// <summary>
    /// The keys of the names written as things, with their singular ("oscar" for "Oscars") and, for longer names, their
    /// last word ("camry" of "Toyota Camry"), marked as heads. A word of a person the story names by a given name or a
    /// role ("Ford" of "Betty Ford") is no thing whatever one sentence says ("his Ford").
    /// </summary>
    private static (HashSet<string> Exact, HashSet<string> Names, HashSet<string> Heads) ThingKeys(IReadOnlyList<(Article Article, ImmutableArray<EntityMention> Mentions)> story)
    {
        var exact = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var heads = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>? personWords = null;
        foreach (var (_, mentions) in story)
        {
            foreach (var mention in mentions)
            {
                if (!mention.IsThing || mention.Key.Length == 0)
                {
                    continue;
                }

                personWords ??= PersonWords(story);
                var key = mention.Key;
                if (personWords.Contains(key))
                {
                    // "Oscar" names a boy of the story and an award ("an Oscar nominee", "the Oscars"): the award's plural
                    // is no person's name, whatever the singular is.
                    if (mention.TypeEvidence is "award name" or "thing noun after the name" && !key.Contains(' ', StringComparison.Ordinal))
                    {
                        exact.Add(key + "s");
                    }

                    continue;
                }

                // A determiner alone is weak evidence ("a Bluejay", "a Variety or Music Program"): it drops that mention only.
                if (mention.TypeEvidence is "product after a determiner")
                {
                    continue;
                }

                // A quoted title drops that very name elsewhere, not its words.
                if (mention.TypeEvidence is "title of a work")
                {
                    exact.Add(key);
                    continue;
                }

                names.Add(key);
                names.Add(Singular(key));
                if (key.LastIndexOf(' ') is > 0 and var space)
                {
                    heads.Add(key[(space + 1)..]);
                    heads.Add(Singular(key[(space + 1)..]));
                }
            }
        }

        return (exact, names, heads);
    }

    /// <summary>Whether a mention is a name the story writes as a thing elsewhere (see <see cref="ThingKeys"/>).</summary>
    private static bool IsNamedThing(EntityMention mention, (HashSet<string> Exact, HashSet<string> Names, HashSet<string> Heads) things)
    {
        if ((things.Names.Count == 0 && things.Exact.Count == 0) || mention.PlaceName is not null || mention.IsDemonym || mention.TypeEvidence is "gazetteer" or "gazetteer abbreviation")
        {
            return false;
        }

        var key = mention.Key;
        if (things.Exact.Contains(key) || things.Names.Contains(key) || things.Names.Contains(Singular(key)))
        {
            return true;
        }

        // "Primetime Emmy" typed a person by its capitals alone, after "an Emmy nomination"; "the Camry" after "a Toyota Camry".
        var weak = mention.IsTypeGuess || mention.Type == EntityType.Unknown;
        if (!weak)
        {
            return false;
        }

        var space = key.LastIndexOf(' ');
        var last = space > 0 ? key[(space + 1)..] : key;
        return space > 0 ? things.Names.Contains(last) || things.Names.Contains(Singular(last)) : things.Heads.Contains(last) || things.Heads.Contains(Singular(last));
    }

    private static string Singular(string key) =>
        key.Length > 3 && key[^1] == 's' && !key.EndsWith("ss", StringComparison.Ordinal) && !key.EndsWith("us", StringComparison.Ordinal) ? key[..^1] : key;

    /// <summary>The words of the people the story names by a given name or a role (not by capitals alone).</summary>
    private static HashSet<string> PersonWords(IReadOnlyList<(Article Article, ImmutableArray<EntityMention> Mentions)> story)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, mentions) in story)
        {
            foreach (var mention in mentions)
            {
                // A lone given name ("Oscar") says nothing: an award may have it.
                if (mention.Type == EntityType.Person && !mention.IsTypeGuess && !mention.IsThing && mention.Key.Contains(' ', StringComparison.Ordinal))
                {
                    words.UnionWith(mention.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                }
            }
        }

        return words;
    }
}
