using System.Collections.Frozen;

namespace Corroborate.Extraction;

/// <summary>
/// Capitalised words that describe a person rather than name anything (issue 18, ents13): a place before a party's or
/// a faith's member word ("an Ohio Republican", "a Kerry Catholic"), and a demonym joined to another by a hyphen
/// ("Irish - American", "Mexican-American"), which is an adjective.
/// </summary>
public sealed partial class EntityMentionExtractor
{
    /// <summary>
    /// Nouns for one member of a party or a faith. Only the singular person nouns: "Republican Party", "Democratic",
    /// "Catholic Charities" never end a run with one of these, and a plural ("Texas Democrats") may be the state party.
    /// </summary>
    private static readonly FrozenSet<string> MemberWords = FrozenSet.ToFrozenSet(
        ["Republican", "Democrat", "Independent", "Tory", "Socialist", "Communist", "Conservative", "Liberal",
         "Catholic", "Protestant", "Baptist", "Methodist", "Lutheran", "Presbyterian", "Episcopalian", "Mormon", "Muslim",
         "Jew", "Evangelical"],
        StringComparer.Ordinal);

    /// <summary>
    /// "the Ohio Republican who chairs the panel", "a rural Kerry Catholic nurse": a known place and then a member word
    /// that ends the run describe a person named elsewhere; the place is named, the member word is not. Returns how many
    /// words the place takes, or 0. "the Ohio Republican Party" (the member word does not end the run) and "the Arizona
    /// Republic" (a newspaper; no member word) are left alone.
    /// </summary>
    private int PlaceBeforeMemberWord(List<WordToken> tokens, int start, int end)
    {
        if (end - start < 2 || !MemberWords.Contains(tokens[end - 1].Text))
        {
            return 0;
        }

        var place = Join(tokens, start, end - 1);
        return gazetteer.Find(place) is { Kind: not PlaceKind.Bloc } ? end - 1 - start : 0;
    }

    /// <summary>
    /// "the first Irish - American mayor", "a Mexican-American family": a demonym joined by a hyphen (spaced or not) to
    /// another demonym, with no capitalised word after, is an adjective and names nothing. "Austria - Hungary" (places,
    /// no demonyms), "the Anglo - Irish Bank" (a name goes on) and "Smith-Jones" are left alone.
    /// </summary>
    private bool IsHyphenedDemonym(string text, List<WordToken> tokens, int start, int end)
    {
        if (end - start != 1)
        {
            return false;
        }

        var word = tokens[start].Text;
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0)
        {
            // One token: "Mexican-American".
            return IsDemonymLike(word[..hyphen]) && gazetteer.Find(word[(hyphen + 1)..]) is { Kind: PlaceKind.Demonym }
                && (end >= tokens.Count || !tokens[end].IsCapitalised);
        }

        // Spaced: "African - American woman" — this word, a hyphen, then a demonym that no capital follows.
        return end < tokens.Count && IsDemonymLike(word)
            && text.AsSpan(tokens[start].Span.End, tokens[end].Span.Start - tokens[start].Span.End).Trim().SequenceEqual("-")
            && gazetteer.Find(tokens[end].Text) is { Kind: PlaceKind.Demonym }
            && (end + 1 >= tokens.Count || !tokens[end + 1].IsCapitalised);
    }

    /// <summary>
    /// A demonym the gazetteer lists ("Irish"), or an adjective in -an of a continent or region it knows ("African" of
    /// Africa, "European" of Europe, "Asian" of Asia).
    /// </summary>
    private bool IsDemonymLike(string word) =>
        gazetteer.Find(word) is { Kind: PlaceKind.Demonym }
        || (word.Length > 4 && word.EndsWith("an", StringComparison.Ordinal)
            && (gazetteer.Find(word[..^1]) is { Kind: PlaceKind.Region } || gazetteer.Find(word[..^2]) is { Kind: PlaceKind.Region }));
}
