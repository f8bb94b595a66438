using System.Collections.Frozen;
using Corroborate.Text;

namespace Corroborate.Events;

/// <summary>The word classes of <c>Resources/Events/mood-words.txt</c>: reporting verbs, commitments, future and obligation auxiliaries.</summary>
internal static class MoodWords
{
    private static readonly FrozenDictionary<string, FrozenSet<string>> Classes = ResourceText.Lines("Events/mood-words.txt")
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToFrozenDictionary(parts => parts[0], parts => parts[1..].ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    public static FrozenSet<string> Reporting { get; } = Classes["REPORTING"];

    public static FrozenSet<string> Commitment { get; } = Classes["COMMITMENT"];

    public static FrozenSet<string> Future { get; } = Classes["FUTURE"];

    public static FrozenSet<string> Obligation { get; } = Classes["OBLIGATION"];

    public static FrozenSet<string> SpeakerPronouns { get; } = Classes["SPEAKER"];

    public static FrozenSet<string> Evidential { get; } = Classes["EVIDENTIAL"];

    public static FrozenSet<string> Aspect { get; } = Classes["ASPECT"];

    public static FrozenSet<string> Naming { get; } = Classes["NAMING"];

    /// <summary>Words whose usual sense is a sports contest ("league", "striker", "qualifier").</summary>
    public static FrozenSet<string> Sport { get; } = Classes["SPORT"];

    /// <summary>Verbs whose direct object is the thing given ("contributed soldiers", "pledged jets").</summary>
    public static FrozenSet<string> Giving { get; } = Classes["GIVING"];

    /// <summary>Machines and weapons that the agents dictionary lists as armed agents.</summary>
    public static FrozenSet<string> Equipment { get; } = Classes["EQUIPMENT"];

    /// <summary>Nouns of persons the agents dictionary lacks ("counterparts", "allies").</summary>
    public static FrozenSet<string> Persons { get; } = Classes["PERSONS"];

    /// <summary>Directions after "back" as an adverb ("back home", "back to").</summary>
    public static FrozenSet<string> Directions { get; } = Classes["DIRECTIONS"];

    /// <summary>Verbs of going somewhere, by lemma ("fly", "travel", "arrive").</summary>
    public static FrozenSet<string> Journey { get; } = Classes["JOURNEY"];

    /// <summary>Records a party makes public ("video", "footage", "statement").</summary>
    public static FrozenSet<string> Records { get; } = Classes["RECORDS"];

    /// <summary>Complements between a captor's participle and its agent ("held hostage by").</summary>
    public static FrozenSet<string> Captivity { get; } = Classes["CAPTIVITY"];

    /// <summary>Verb forms that are adjectives before "to" ("close to the border", "open to talks").</summary>
    public static FrozenSet<string> AdjectivesBeforeTo { get; } = Classes["ADJECTIVES_BEFORE_TO"];
}
