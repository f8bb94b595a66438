using System.Collections.Frozen;
using System.Globalization;
using Corroborate.Text;

namespace Corroborate.Events;

/// <summary>The kinds of evidence a coding rests on, from the most to the least reliable.</summary>
public enum EvidenceKind
{
    /// <summary>A dictionary pattern of the verb matched: its words pin the sense ("signed * &amp;TREATY").</summary>
    Pattern,

    /// <summary>The verb's own code, with the target its object, a party it names ("with", "against", its particle) or a joint actor.</summary>
    Argument,

    /// <summary>
    /// The verb's own code, with the target reached only through a preposition of direction or place ("to", "from",
    /// "on", "at", "near", "in"): the verb and that phrase often make a sense the code does not name ("agreed upon",
    /// "captured part of a stronghold on the Thai border").
    /// </summary>
    Adjunct,
}

/// <summary>Where the code of a coding came from in the verb dictionary.</summary>
public enum VerbSense
{
    /// <summary>A pattern of the verb matched.</summary>
    Pattern,

    /// <summary>The verb names its block ("--- ATTACK [190] ---" for ATTACK), or carries its own code in it ("SUMMON [040]").</summary>
    Named,

    /// <summary>The verb is one of the block's synonyms and takes the block's code ("CAPTURE" under "--- APPREHEND [171] ---").</summary>
    Inherited,
}

/// <summary>
/// The confidence of a coding: how often codings resting on its kind of evidence (<see cref="EvidenceKind"/>) were
/// right on real news, read from <c>Resources/Events/coding-confidence.tsv</c> (counts on the PLOVER development half,
/// (right + 1) / (codings + 2)), and the minimum the coder keeps with the built-in dictionaries.
/// </summary>
internal static class CodingConfidence
{
    private static readonly (FrozenDictionary<EvidenceKind, double> ByKind, double Minimum) Table = Read();

    /// <summary>The confidence below which a coding made with the built-in dictionaries is left out.</summary>
    public static double Minimum => Table.Minimum;

    /// <summary>Prepositions that name a party whatever the act ("with" the partner, "against" the one opposed).</summary>
    private static readonly FrozenSet<string> PartyPrepositions = new[] { "WITH", "AGAINST", "TOWARD", "TOWARDS", "FOR", "INTO" }.ToFrozenSet(StringComparer.Ordinal);

    public static EvidenceKind KindOf(CodingEvidence evidence) =>
        evidence.Pattern is not null || evidence.PatternWeight > 0 ? EvidenceKind.Pattern
        : evidence.TargetRoute == ArgumentRoute.Preposition && evidence.Particles == 0 && !PartyPrepositions.Contains(evidence.TargetPreposition ?? "")
            ? EvidenceKind.Adjunct : EvidenceKind.Argument;

    public static double Of(CodingEvidence evidence) => Of(KindOf(evidence));

    public static VerbSense SenseOf(CodingEvidence evidence) =>
        evidence.Pattern is not null || evidence.PatternWeight > 0 ? VerbSense.Pattern
        : evidence.Verb is not { } verb || string.Equals(verb.Lemma.Replace('_', ' '), verb.Block.Name.Replace('_', ' '), StringComparison.Ordinal) || verb.Code != verb.Block.Code
            ? VerbSense.Named : VerbSense.Inherited;

    public static double Of(EvidenceKind kind) => Table.ByKind[kind];

    /// <summary>(right + 1) / (codings + 2): the observed share of right codings, pulled towards one half when there are few.</summary>
    public static double Estimate(int right, int codings) => (right + 1) / (double)(codings + 2);

    private static (FrozenDictionary<EvidenceKind, double>, double) Read()
    {
        var byKind = new Dictionary<EvidenceKind, double>();
        double? minimum = null;
        foreach (var line in ResourceText.Lines("Events/coding-confidence.tsv"))
        {
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields[0] == "minimum" && fields.Length == 2 && double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var m))
            {
                minimum = m;
            }
            else if (fields.Length == 3 && Enum.TryParse<EvidenceKind>(fields[0], ignoreCase: true, out var kind)
                && int.TryParse(fields[1], CultureInfo.InvariantCulture, out var right) && int.TryParse(fields[2], CultureInfo.InvariantCulture, out var codings))
            {
                byKind[kind] = Estimate(right, codings);
            }
            else
            {
                throw new InvalidDataException($"Events/coding-confidence.tsv: '{line}' is neither 'KIND RIGHT CODINGS' nor 'minimum VALUE'");
            }
        }

        if (minimum is null || byKind.Count != Enum.GetValues<EvidenceKind>().Length)
        {
            throw new InvalidDataException("Events/coding-confidence.tsv: a count for every kind of evidence and a minimum are needed");
        }

        return (byKind.ToFrozenDictionary(), minimum.Value);
    }
}
