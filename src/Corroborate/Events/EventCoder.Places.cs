namespace Corroborate.Events;

/// <summary>Places as targets: when an "in" phrase names the party an act bears on, and when it only says where.</summary>
public sealed partial class EventCoder
{
    /// <summary>Prepositions of place and circumstance: their object is where or when an act happened.</summary>
    private static readonly HashSet<string> Locative = new(StringComparer.Ordinal)
    {
        "IN", "AT", "NEAR", "THROUGH", "ACROSS", "OFF", "OUTSIDE", "INSIDE", "AROUND", "ALONG", "THROUGHOUT", "WITHIN", "UNDER", "OVER", "DURING",
        "AMID", "DESPITE", "BEHIND", "BEYOND", "ABOARD", "ABOVE", "BELOW", "AMONG", "AMONGST",
    };

    /// <summary>
    /// Acts that bear on a place, whose target an "in" phrase may name when they have no object actor: not statements,
    /// appeals, meetings, diplomatic cooperation or agreements (CAMEO 01, 02, 04, 05), which only happen there. A code
    /// of a user's own dictionary may.
    /// </summary>
    private static bool PlaceBites(string code) => !IsCameo(code) || code[..2] is not ("01" or "02" or "04" or "05");

    /// <summary>
    /// "a conference in Bahrain": a group of places only (countries, or cities a PETRARCH actor dictionary codes as
    /// their government), in a phrase of place (in, at, near…).
    /// </summary>
    private static bool IsPlaceInLocativePhrase(SentenceParse parse, ActorGroup group)
    {
        if (!group.Actors.TrueForAll(a => (a.Code.Length == 3 || (a.Code.Length == 6 && a.Code.EndsWith("GOV", StringComparison.Ordinal))) && char.IsLetter(a.Code[0])))
        {
            return false;
        }

        for (var k = group.Start - 1; k >= 0 && k >= group.Start - 4; k--)
        {
            var key = parse.Tokens[k].Key;
            if (Locative.Contains(key))
            {
                return true;
            }

            if (!WordClasses.Determiners.Contains(key) && (parse.Tokens[k].IsPunctuation || parse.VerbAt[k] is not null || !IsModifier(parse, k)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "criticized the closure of guest houses in Bree", "lifted the curfew in Darfur": when an act has no actor as its
    /// object, a country or city named by "in"/"at" after the object is where the act bites, and so its target — for
    /// acts that bear on a place (not statements, appeals, meetings or agreements, which only happen there).
    /// </summary>
    private static int? PlaceAfterObject(SentenceParse parse, List<int> members, int verbPos)
    {
        for (var p = verbPos + 1; p < members.Count; p++)
        {
            var k = members[p];
            var key = parse.Tokens[k].Key;
            if (key is "," or ";" || (parse.VerbAt[k] is not null && p > verbPos + 1) || WordClasses.Subordinators.Contains(key))
            {
                return null;
            }

            if (parse.GroupAt[k] is >= 0 and var g)
            {
                var group = parse.Groups[g];
                if (IsPlaceInLocativePhrase(parse, group) && PrepositionBefore(parse, group.Start) is "IN" or "AT")
                {
                    return g;
                }

                p = LastOfGroup(members, p, group);
            }
        }

        return null;
    }

    private static string? PrepositionBefore(SentenceParse parse, int start)
    {
        for (var k = start - 1; k >= 0 && k >= start - 4; k--)
        {
            if (WordClasses.Prepositions.Contains(parse.Tokens[k].Key))
            {
                return parse.Tokens[k].Key;
            }
        }

        return null;
    }
}
