using Corroborate.Model;

namespace Corroborate.Ingest.Watching;

/// <summary>What one poll of one feed brought: new documents, the HTTP status, and an error if it failed.</summary>
public sealed record PollResult(string FeedUrl, int StatusCode, IReadOnlyList<SourceDocument> NewDocuments, string? Error, DateTimeOffset NextPollAt)
{
    public bool NotModified => StatusCode == 304;

    /// <summary>Entries of a successful poll that could not be read, followed or stored, each named with why.</summary>
    public IReadOnlyList<string> EntryErrors { get; init; } = [];
}
