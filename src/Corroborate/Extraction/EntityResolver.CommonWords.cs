using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// Capitalised common words typed only by a guess (issue 18, part 2, sixth pass): "the Wild Card round", "the Winter
/// Meetings", "to the Black and Gold" — every word of the name is one the story also writes in lower case, and nothing but
/// the capitals and an article said it was a name.
/// </summary>
public sealed partial class EntityResolver
{
    /// <summary>The evidence of a plural name after "the" ("the Tar Heels"), which the extractor types an organisation.</summary>
    internal const string PluralGroupEvidence = "'the' before a plural name";

    /// <summary>
    /// Drops an entity every mention of which is typed by a guess, by "the" alone, or not at all (no gazetteer, cue, role,
    /// speech or given name) and every word of which the story also writes in lower case: a phrase capitalised by custom,
    /// not a name.
    /// </summary>
    private static void DropCommonWordPhrases(IReadOnlyList<(Article Article, ImmutableArray<EntityMention> Mentions)> story, List<Cluster> clusters)
    {
        HashSet<string>? lowerCase = null;
        clusters.RemoveAll(c => c.Nodes.Count > 0
            && c.Nodes.All(n => n.Mention.Role is null && !n.Mention.PersonEvidence
                && (n.Mention.TypeEvidence is null or "'the' after a preposition of place (guess)" or "capitalised words (guess)" or PluralGroupEvidence
                    or "same name typed elsewhere in the story"))
            && c.Nodes.All(n => n.Tokens.All(t => (lowerCase ??= LowerCaseWords(story)).Contains(t))));
    }
}
