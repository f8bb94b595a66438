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
}
