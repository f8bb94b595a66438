using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>Places named inside a compound adjective ("a New York-based group").</summary>
public sealed partial class EntityMentionExtractor
{
    /// <summary>
    /// "New York-based Human Rights Watch", "a London-based charity", "the Boston-area office": a known place joined by
    /// a hyphen to a lower-case word still names that place, though the compound describes the name after it. Returns
    /// the place and the index of the word after the compound, or null. A people's adjective ("Ethiopian-flagged",
    /// "Soviet-era") and a word the gazetteer does not know ("Al Qaeda-linked") name no place here.
    /// </summary>
    private (EntityMention Place, int Next)? PlaceBeforeCompoundAdjective(string text, List<WordToken> tokens, int start, int end, int sentence)
    {
        var compound = -1;
        for (var k = start; k < end && k - start <= MaxPlaceWordsBeforeHyphen; k++)
        {
            if (IsCompoundAdjective(tokens[k].Text))
            {
                compound = k;
                break;
            }
        }

        if (compound < 0)
        {
            return null;
        }

        var hyphen = tokens[compound].Text.LastIndexOf('-');
        var placeEnd = tokens[compound].Span.Start + hyphen;
        for (var s = start; s <= compound; s++)
        {
            if (s < compound && !tokens[s].IsCapitalised)
            {
                continue;
            }

            var span = new TextSpan(tokens[s].Span.Start, placeEnd);
            var surface = span.Of(text);
            if (gazetteer.Find(surface) is { } entry && entry.Kind is not (PlaceKind.Demonym or PlaceKind.Bloc))
            {
                var place = Placed(new EntityMention(span, surface, EntityType.Place, NameKey.Of(surface), Sentence: sentence), entry);
                return (place with { TypeEvidence = "gazetteer (a known place before a hyphen)" }, compound + 1);
            }
        }

        return null;
    }

    /// <summary>"New York-based …" opening a sentence: "New" is part of the place, not a common word to drop.</summary>
    private bool OpensPlaceBeforeHyphen(string text, List<WordToken> tokens, int start, int end, int sentence) =>
        PlaceBeforeCompoundAdjective(text, tokens, start, end, sentence) is { } hyphened && hyphened.Place.Span.Start == tokens[start].Span.Start;

    /// <summary>"Rio de Janeiro-based": the longest place name looked for before a compound's hyphen, in words.</summary>
    private const int MaxPlaceWordsBeforeHyphen = 3;
}
