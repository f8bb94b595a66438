using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Pipeline;

/// <summary>What one ingest run did: the articles read (new or already stored), and the inputs that failed.</summary>
public sealed record IngestResult(ImmutableArray<Article> Articles, int Added, ImmutableArray<InputError> Errors, StageTimings Timings);
