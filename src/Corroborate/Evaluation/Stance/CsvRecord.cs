using System.Collections.Immutable;
using Corroborate.Corroboration;
using Corroborate.Corroboration.Stance;

namespace Corroborate.Evaluation.Stance;

/// <summary>One CSV record; <see cref="Line"/> is the 1-based line it starts on.</summary>
internal sealed record CsvRecord(long Line, ImmutableArray<string> Fields);
