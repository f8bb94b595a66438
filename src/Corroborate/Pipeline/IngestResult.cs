using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Pipeline;

/// <summary>
/// What one ingest run did: the articles read (new or already stored; empty when the run was told not to
/// keep them), how many were new, and the inputs (files, lines, entries, records, articles) that failed.
/// </summary>
public sealed record IngestResult(ImmutableArray<Article> Articles, int Added, ImmutableArray<InputError> Errors, StageTimings Timings)
{
    /// <summary>Documents read and cleaned into articles, counted whether or not they are kept in <see cref="Articles"/>.</summary>
    public int Read { get; init; }

    /// <summary>Documents whose article was already read in this run or stored before: the same text under another name.</summary>
    public ImmutableArray<ArticleCopy> Copies { get; init; } = [];
}

/// <summary>A document read again: <see cref="Source"/> holds the same article as <see cref="ArticleId"/> (same content hash).</summary>
public sealed record ArticleCopy(string Source, string ArticleId);
