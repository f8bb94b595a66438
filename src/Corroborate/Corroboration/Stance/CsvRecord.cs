using System.Collections.Immutable;

namespace Corroborate.Corroboration.Stance;

/// <summary>One CSV record; <see cref="Line"/> is the 1-based line it starts on.</summary>
internal sealed record CsvRecord(long Line, ImmutableArray<string> Fields);
