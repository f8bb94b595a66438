using Corroborate.Model;

namespace Corroborate.Ingest;

/// <summary>
/// One item a reader yields: a document, or a <see cref="Problem"/> with one item (a JSONL line, a feed
/// entry, an archive record) that the reading goes past. A problem with the whole input is thrown as an
/// <see cref="InputException"/> instead, ending the input.
/// </summary>
public readonly record struct ReadItem
{
    private ReadItem(SourceDocument? document, InputException? problem) => (Document, Problem) = (document, problem);

    public SourceDocument? Document { get; }

    /// <summary>Why one item could not be read; its message names the input and the item (line, entry, record).</summary>
    public InputException? Problem { get; }

    public static implicit operator ReadItem(SourceDocument document) => new(document ?? throw new ArgumentNullException(nameof(document)), null);

    public static ReadItem Skipped(InputException problem) => new(null, problem ?? throw new ArgumentNullException(nameof(problem)));
}

/// <summary>Helpers over a reader's items.</summary>
internal static class ReadItems
{
    /// <summary>The documents only, for callers that report item problems elsewhere or not at all.</summary>
    public static IEnumerable<SourceDocument> Documents(this IEnumerable<ReadItem> items)
    {
        foreach (var item in items)
        {
            if (item.Document is { } document)
            {
                yield return document;
            }
        }
    }
}
