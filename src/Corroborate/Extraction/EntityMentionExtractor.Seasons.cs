namespace Corroborate.Extraction;

/// <summary>Team seasons: a year before a team's name is the season it played, not a product's model year.</summary>
public sealed partial class EntityMentionExtractor
{
    /// <summary>
    /// "the 2008 Chiefs", "the 1961 Dallas Texans": a name ending in a capitalised plural (a team's nickname) after a
    /// year. A model is singular ("a 2007 Ford Fusion", "the 2010 Lexus"): words ending in "ss", "us" or "is" are no
    /// plurals, nor is an acronym or a word that is an organisation or place word ("the 2012 Olympic Games" is left to
    /// the rules for events).
    /// </summary>
    private bool IsTeamSeason(List<WordToken> tokens, int start, int end)
    {
        var last = tokens[end - 1];
        var word = last.Text;
        return last.IsCapitalised && !last.IsAcronym && word.Length > 3 && word.EndsWith('s')
            && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
            && !lexicon.OrganisationCues.Contains(word) && !lexicon.PlaceCues.Contains(word) && !lexicon.ThingCues.Contains(word)
            && gazetteer.Find(word) is null && (end - start == 1 || tokens[start].IsCapitalised);
    }
}
