using Corroborate.Clustering;
using Corroborate.Model;

namespace Corroborate.Storage;

/// <summary>
/// Where articles live. SQLite is the embedded default; a PostgreSQL implementation shares this contract.
/// Writes are idempotent on <see cref="Article.ContentHash"/>: storing the same article twice stores it once.
/// </summary>
public interface IArticleStore : IAsyncDisposable
{
    /// <summary>Stores one input's articles in a single transaction: all of them or, on failure, none.</summary>
    /// <returns>For each article, whether it was new (false: an equal article was already stored).</returns>
    Task<IReadOnlyList<bool>> AddAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores articles with the story each was assigned, in one transaction. An article already stored
    /// (same content hash) keeps its first assignment.
    /// </summary>
    Task<IReadOnlyList<bool>> AddAsync(IReadOnlyList<(Article Article, StoryAssignment? Story)> articles, CancellationToken cancellationToken = default);

    /// <summary>Whether an article with this content hash is stored.</summary>
    Task<bool> ContainsAsync(string contentHash, CancellationToken cancellationToken = default);

    /// <summary>Every stored story assignment with its article, in arrival order, to rebuild the story index.</summary>
    IAsyncEnumerable<StoredStoryAssignment> StoryAssignmentsAsync(CancellationToken cancellationToken = default);

    Task<Article?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Articles in the order they were stored, oldest first.</summary>
    Task<IReadOnlyList<ArticleSummary>> ListAsync(int offset = 0, int limit = 100, CancellationToken cancellationToken = default);

    /// <summary>
    /// Full-text search over titles and clean text, best match first. <paramref name="query"/> is the
    /// user's words, never query syntax: each word must occur (accents and case ignored).
    /// </summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit = 20, CancellationToken cancellationToken = default);

    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Records an input that failed, so a later look at the store shows it.</summary>
    Task RecordErrorAsync(string source, string message, CancellationToken cancellationToken = default);
}
