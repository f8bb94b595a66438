using System.Collections.Immutable;
using Corroborate.Events;

namespace Corroborate.Evaluation.Events;

/// <summary>How one validation record was coded: what it expects, what we produced, and whether that is exact.</summary>
internal sealed record ValidationResult(ValidationRecord Record, ImmutableArray<string> Produced)
{
    /// <summary>Every expected coding was produced.</summary>
    public bool AllExpected => Record.Expected.All(Produced.Contains);

    /// <summary>Something was produced that the record does not expect.</summary>
    public bool HasExtra => Produced.Any(p => !Record.Expected.Contains(p));

    public bool Exact => AllExpected && !HasExtra;
}
