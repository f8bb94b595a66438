using System.Collections.Frozen;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// Titles of works written without quotation marks (issue 18, part 2, ents10): a run of capitals that a work noun
/// follows ("the Silver Kettle Blues film"), that a work noun and "called" precede ("a movie called The Lantern"), or
/// that a capital "The" opens inside a sentence after "in" ("starred in The Long Grey Winter") names a film, a programme or
/// a book, none of our three kinds.
/// </summary>
public sealed partial class EntityMentionExtractor
{
    /// <summary>
    /// Lower-case nouns of works. "single", "video", "show" are left out: a team's or a person's name writes them after it
    /// as often ("a Harwick single", "the Ortiz show").
    /// </summary>
    private static readonly FrozenSet<string> WorkNouns = FrozenSet.ToFrozenSet(
        ["film", "films", "movie", "movies", "programme", "program", "documentary", "documentaries", "album", "novel", "memoir", "biopic", "sitcom", "miniseries", "musical", "series", "book", "song", "TV-series"],
        StringComparer.Ordinal);

    /// <summary>Verbs that introduce a work's title after its noun ("a film called", "a book titled").</summary>
    private static readonly FrozenSet<string> TitleVerbs = FrozenSet.ToFrozenSet(["called", "titled", "entitled", "named"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the run names a work: two capitalised words or more before a work noun, a run after a work noun and "called"
    /// (one word is enough there), or two words or more after "in The". Names a work noun follows as their maker or owner
    /// are left alone: an acronym ("a BBC documentary"), a known place ("the Boston film"), a name with an organisation or
    /// place word ("the Disney Channel series"), a name opening with a given name ("the Steven Harwick film").
    /// </summary>
    private bool IsWorkTitle(string text, List<WordToken> tokens, int start, int end)
    {
        if (CalledAfterWorkNoun(text, tokens, start))
        {
            return !IsKnownMaker(tokens, start, end, requireTwoWords: false);
        }

        var beforeWorkNoun = end < tokens.Count && !IsBreak(text, tokens[end - 1], tokens[end]) && WorkNouns.Contains(tokens[end].Text);
        var afterInThe = start >= 2 && tokens[start - 1].Text == "The" && tokens[start - 2].Text == "in" && !IsBreak(text, tokens[start - 2], tokens[start - 1])
            && !IsBreak(text, tokens[start - 1], tokens[start]);
        return (beforeWorkNoun || afterInThe) && !IsKnownMaker(tokens, start, end, requireTwoWords: true);
    }

    /// <summary>"a movie called The Lantern", "the novel titled Harbour": a work noun and a title verb, then perhaps "The", before the run.</summary>
    private bool CalledAfterWorkNoun(string text, List<WordToken> tokens, int start)
    {
        var k = start - 1;
        if (k >= 0 && tokens[k].Text is "The" or "A" or "An" && !IsBreak(text, tokens[k], tokens[start]))
        {
            k--;
        }

        return k >= 1 && TitleVerbs.Contains(tokens[k].Text) && WorkNouns.Contains(tokens[k - 1].Text)
            && !IsBreak(text, tokens[k - 1], tokens[k]) && !IsBreak(text, tokens[k], tokens[k + 1]);
    }

    private bool IsKnownMaker(List<WordToken> tokens, int start, int end, bool requireTwoWords)
    {
        if ((requireTwoWords && end - start < 2) || tokens[start].IsAcronym || lexicon.GivenNames.Contains(tokens[start].Text)
            || gazetteer.Find(Join(tokens, start, end)) is not null || gazetteer.Find(tokens[start].Text) is not null)
        {
            return true;
        }

        for (var k = start; k < end; k++)
        {
            if (lexicon.OrganisationCues.Contains(tokens[k].Text) || lexicon.PlaceCues.Contains(tokens[k].Text) || IsRoleWord(tokens[k].Text) || tokens[k].IsAcronym)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "reported by Harwick WKRB sportscaster", "the Dunmore KXTV report": a known place and then the call sign or
    /// acronym of a station or a body (three capitals or more, no full stops) are two names, the place and the body.
    /// Returns where the acronym starts, or null. "Washington D.C." (full stops, two letters) stays one place.
    /// </summary>
    private int? PlaceThenAcronymSplit(List<WordToken> tokens, int start, int end)
    {
        var last = tokens[end - 1].Text;
        return end - start >= 2 && tokens[end - 1].IsAcronym && last.Length >= 3 && last.All(char.IsAsciiLetterUpper)
            && !tokens[start].IsAcronym && !lexicon.CommonAcronyms.Contains(last)
            && gazetteer.Find(Join(tokens, start, end - 1)) is { Kind: PlaceKind.City or PlaceKind.Capital or PlaceKind.Subdivision or PlaceKind.Country }
            && gazetteer.Find(Join(tokens, start, end)) is null
                ? end - 1
                : null;
    }


    /// <summary>
    /// "the National League Most Valuable Player ballot", "the league's Best Young Coach": a superlative inside a run,
    /// before a capital, makes it an award's category, none of our kinds. A superlative opening the run ("Best Western")
    /// is left alone.
    /// </summary>
    private static bool IsAwardCategory(List<WordToken> tokens, int start, int end)
    {
        for (var k = start + 1; k + 1 < end; k++)
        {
            if (tokens[k].Text is "Most" or "Best" && tokens[k + 1].IsCapitalised)
            {
                return true;
            }
        }

        return false;
    }
}
