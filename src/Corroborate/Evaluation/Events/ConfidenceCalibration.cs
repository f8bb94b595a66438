using System.Collections.Immutable;
using Corroborate.Events;

namespace Corroborate.Evaluation.Events;

/// <summary>How often the codings of one kind of evidence were right.</summary>
internal sealed record EvidenceCount(EvidenceKind Kind, int Right, int Codings)
{
    public double Confidence => CodingConfidence.Estimate(Right, Codings);
}

/// <summary>One cross-validation fold: the kinds kept by the minimum chosen on the other folds, and what that kept here.</summary>
internal sealed record CalibrationFold(int Fold, ImmutableArray<EvidenceKind> Kept, int Codings, int Right);

/// <summary>The counts per kind of evidence, each fold's choice, and the choice on all the sentences given.</summary>
internal sealed record Calibration(ImmutableArray<EvidenceCount> Counts, ImmutableArray<CalibrationFold> Folds, ImmutableArray<EvidenceKind> Kept, double Minimum)
{
    public int HeldCodings => Folds.Sum(f => f.Codings);

    public int HeldRight => Folds.Sum(f => f.Right);

    public double HeldPrecision => HeldCodings == 0 ? 0 : HeldRight / (double)HeldCodings;
}

/// <summary>
/// Chooses the minimum confidence by k-fold cross-validation over judged sentences (the PLOVER development half, coded
/// with no minimum): on the other folds, count right codings per kind of evidence, estimate each kind's confidence,
/// and keep the kinds whose confidence is at least the cut that maximises right − <c>wrongCost</c> × wrong; then see
/// what that keeps on the held fold. Codings PLOVER has no category for (statements, appeals) are not counted.
/// </summary>
internal static class ConfidenceCalibration
{
    public static Calibration Run(IReadOnlyList<PloverResult> results, int folds = 5, double wrongCost = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var judged = results.SelectMany(r => r.Codings.Where(c => c.Category is not null && c.Coding.Evidence is not null)
            .Select(c => (Fold: (int)(PloverEvaluation.Fnv(r.Sentence.Id) % (ulong)folds), Kind: CodingConfidence.KindOf(c.Coding.Evidence!), c.CategoryRight))).ToList();

        var held = ImmutableArray.CreateBuilder<CalibrationFold>(folds);
        for (var fold = 0; fold < folds; fold++)
        {
            var training = judged.Where(j => j.Fold != fold).Select(j => (j.Kind, j.CategoryRight)).ToList();
            var kept = Choose(Count(training), wrongCost);
            var test = judged.Where(j => j.Fold == fold && kept.Contains(j.Kind)).ToList();
            held.Add(new CalibrationFold(fold, kept, test.Count, test.Count(j => j.CategoryRight)));
        }

        var counts = Count(judged.Select(j => (j.Kind, j.CategoryRight)).ToList());
        var all = Choose(counts, wrongCost);
        return new Calibration(counts, held.MoveToImmutable(), all, Cut(counts, all));
    }

    private static ImmutableArray<EvidenceCount> Count(List<(EvidenceKind Kind, bool Right)> codings) =>
        [.. Enum.GetValues<EvidenceKind>().Select(kind => new EvidenceCount(kind, codings.Count(c => c.Kind == kind && c.Right), codings.Count(c => c.Kind == kind)))];

    /// <summary>The kinds kept by the best cut: every kind at or above a confidence, all kinds being a candidate too.</summary>
    private static ImmutableArray<EvidenceKind> Choose(ImmutableArray<EvidenceCount> counts, double wrongCost)
    {
        var best = (Utility: double.NegativeInfinity, Kept: ImmutableArray<EvidenceKind>.Empty);
        foreach (var cut in counts.Select(c => c.Confidence).Append(0).Distinct().OrderBy(c => c))
        {
            var kept = counts.Where(c => c.Confidence >= cut).ToList();
            var utility = kept.Sum(c => c.Right - (wrongCost * (c.Codings - c.Right)));
            // Ties keep more: a cut has to earn its place.
            if (utility > best.Utility + 1e-9)
            {
                best = (utility, [.. kept.Select(c => c.Kind)]);
            }
        }

        return best.Kept;
    }

    /// <summary>A minimum between the least confident kind kept and the most confident kind left out (0 when all are kept).</summary>
    private static double Cut(ImmutableArray<EvidenceCount> counts, ImmutableArray<EvidenceKind> kept)
    {
        var dropped = counts.Where(c => !kept.Contains(c.Kind)).ToList();
        if (dropped.Count == 0)
        {
            return 0;
        }

        var low = counts.Where(c => kept.Contains(c.Kind)).Min(c => c.Confidence);
        var high = dropped.Max(c => c.Confidence);
        return Math.Round((low + high) / 2, 2);
    }
}
