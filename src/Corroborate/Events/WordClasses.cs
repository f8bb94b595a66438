using System.Collections.Frozen;

namespace Corroborate.Events;

/// <summary>The closed word classes the shallow syntax relies on (keys as the tokenizer makes them).</summary>
internal static class WordClasses
{
    public static readonly FrozenSet<string> Determiners = Set("THE A AN ITS THEIR HIS HER OUR MY YOUR THIS THESE THOSE EACH EVERY 'S ANOTHER SUCH");

    /// <summary>Numbers and quantifiers: like determiners, a verb form after them is a noun ("six trade agreements").</summary>
    public static readonly FrozenSet<string> Quantifiers = Set("ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE DOZEN DOZENS HUNDREDS THOUSANDS SEVERAL MANY SOME FEW NUMEROUS VARIOUS");

    public static readonly FrozenSet<string> Prepositions = Set("WITH TO FROM IN ON AT BY FOR AGAINST OF INTO ABOUT BETWEEN AMONG AMONGST OVER UNDER TOWARD TOWARDS UPON WITHIN WITHOUT DURING THROUGH ACROSS NEAR BEHIND BEYOND ALONGSIDE VIA DESPITE AMID "
        + "OFF OUTSIDE INSIDE AROUND ALONG ABOARD ONTO THROUGHOUT BENEATH ABOVE BELOW EXCEPT UNLIKE");

    public static readonly FrozenSet<string> Auxiliaries = Set("IS ARE WAS WERE BE BEEN BEING AM HAS HAVE HAD HAVING DO DOES DID WILL WOULD CAN COULD MAY MIGHT SHOULD MUST SHALL CA WO");

    public static readonly FrozenSet<string> BeForms = Set("IS ARE WAS WERE BE BEEN BEING AM");

    public static readonly FrozenSet<string> Negations = Set("NOT N'T NEVER");

    public static readonly FrozenSet<string> Modals = Set("MAY MIGHT COULD WOULD SHOULD CAN CA MUST");

    /// <summary>Verbs before "to" that make what follows an intention, not a happening ("plans to sign").</summary>
    public static readonly FrozenSet<string> Intentions = Set(
        "PLAN PLANS PLANNED PLANNING INTEND INTENDS INTENDED INTENDING HOPE HOPES HOPED HOPING WANT WANTS WANTED WANTING WISH WISHES WISHED " +
        "EXPECT EXPECTS EXPECTED AIM AIMS AIMED AIMING SEEK SEEKS SOUGHT SEEKING PROPOSE PROPOSES PROPOSED PREPARE PREPARES PREPARING " +
        "LIKELY UNLIKELY SET DUE SCHEDULED CONSIDERING MIGHT OUGHT WILLING READY");

    /// <summary>Degree adverbs, which modify adjectives ("very close"), not verbs.</summary>
    public static readonly FrozenSet<string> Degrees = Set("VERY TOO SO MORE MOST LESS LEAST QUITE RATHER");

    /// <summary>Adverbs and particles that may stand between an auxiliary and its verb.</summary>
    public static readonly FrozenSet<string> ChainWords = Set("ALSO STILL YET JUST ALREADY REPORTEDLY REPEATEDLY FINALLY OFTEN ONCE AGAIN EVEN NOW SOON FORMALLY OFFICIALLY JOINTLY TO");

    public static readonly FrozenSet<string> Subordinators = Set("AFTER BEFORE WHILE BECAUSE ALTHOUGH THOUGH WHEREAS WHEN SINCE UNLESS IF UNTIL WHO WHICH WHOM WHOSE WHERE THAT");

    public static readonly FrozenSet<string> Relatives = Set("WHO WHICH WHOM WHOSE THAT");

    public static readonly FrozenSet<string> Conditionals = Set("IF UNLESS");

    public static readonly FrozenSet<string> Coordinators = Set("AND BUT");

    /// <summary>Days, months, "today", "last week", numbers: words of a time adjunct, not of an argument or an antecedent.</summary>
    public static bool IsTimeWord(string key) => key.EndsWith("DAY", StringComparison.Ordinal) || TimeWords.Contains(key) || char.IsDigit(key[0]);

    /// <summary>The name of a month ("March" 30, "May" 1): a date before a number, not a verb.</summary>
    public static bool IsMonth(string key) => Months.Contains(key);

    private static readonly FrozenSet<string> Months = Set("JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER");

    private static readonly FrozenSet<string> TimeWords = Set(
        "YESTERDAY TODAY TONIGHT LAST NEXT WEEK MONTH YEAR MORNING EVENING NIGHT JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER");

    private static FrozenSet<string> Set(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
