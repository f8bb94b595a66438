using System.Collections.Immutable;
using Corroborate.Events;

namespace Corroborate.Evaluation.Events;

/// <summary>One record of a PETRARCH validation file: its sentence, date, category and the codings it expects ("SRC TGT CODE").</summary>
internal sealed record ValidationRecord(string Id, string Category, DateOnly? Date, string Text, ImmutableArray<string> Expected);
