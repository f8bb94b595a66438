using System.Collections.Frozen;

namespace Corroborate.Extraction;

/// <summary>Abbreviations of sports positions between names ("Chiefs QB", "WR Terrance Copper").</summary>
public sealed partial class EntityMentionExtractor
{
    /// <summary>
    /// Positions sports writers abbreviate in capitals: quarterback, wide receiver, running back, linebackers, cornerback,
    /// left- and right-handed pitcher. Left out: abbreviations that are also names or common acronyms ("TE" Connectivity,
    /// "DB" the railway, "DE" Delaware, "SS", "SF", "MLB").
    /// </summary>
    private static readonly FrozenSet<string> PositionAbbreviations = FrozenSet.ToFrozenSet(
        ["QB", "QBs", "WR", "WRs", "RB", "RBs", "LB", "LBs", "ILB", "OLB", "CB", "CBs", "LHP", "RHP"], StringComparer.Ordinal);

    /// <summary>
    /// The index of a position's abbreviation inside a run ("Chiefs QB situation", "QB for the Chiefs", "Chiefs WR
    /// Terrance Copper"), or null: it belongs to neither the team before it nor the player after it.
    /// </summary>
    private static int? PositionAbbreviationAt(List<WordToken> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (PositionAbbreviations.Contains(tokens[k].Text))
            {
                return k;
            }
        }

        return null;
    }
}
