using Corroborate.Clustering;
using Corroborate.Model;

namespace Corroborate.Storage;

/// <summary>
/// The stories of a store, kept as they are after every placement: written in the transaction that stores the
/// articles and assignments that changed them, so a reader shows one story by reading one row and that story's
/// articles, never by replaying the corpus. Every write raises the store's story revision; a reader that remembers
/// the revision it saw asks only for what changed since (a server seeing what workers add).
/// </summary>
public interface IStoryStore
{
    /// <summary>
    /// Stores articles with their assignments (as <see cref="IArticleStore"/>'s AddAsync does) and, in the same
    /// transaction, the stories they changed.
    /// </summary>
    Task<IReadOnlyList<bool>> AddAsync(IReadOnlyList<(Article Article, StoryAssignment? Story)> articles, StoryChanges changes, CancellationToken cancellationToken = default);

    /// <summary>
    /// False only for a store written by a version that did not keep stories, until <see cref="FillStoriesAsync"/>
    /// has run once (a store created since keeps them from its first article).
    /// </summary>
    Task<bool> HasStoriesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores every story of an index rebuilt from the stored assignments, once, for a store written by an earlier
    /// version. A story already stored (written by a placement since) or already merged away is left as it is.
    /// </summary>
    Task FillStoriesAsync(IReadOnlyList<Story> stories, IReadOnlyList<StoryMerge> merged, CancellationToken cancellationToken = default);

    /// <summary>A story by id; the id of a story merged into another finds the survivor. Null when there is none.</summary>
    Task<Story?> GetStoryAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every story, in the order the stories started (as <see cref="StoryIndex.Stories"/> lists them).</summary>
    Task<IReadOnlyList<Story>> ListStoriesAsync(CancellationToken cancellationToken = default);

    /// <summary>Grows with every write of stories; equal revisions mean equal stories.</summary>
    Task<long> StoryRevisionAsync(CancellationToken cancellationToken = default);

    /// <summary>The stories written after <paramref name="revision"/>, and those merged away since, with the revision now.</summary>
    Task<StoryUpdate> StoriesChangedSinceAsync(long revision, CancellationToken cancellationToken = default);

    /// <summary>The stored articles with these ids (ids not stored are absent), in one query.</summary>
    Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);
}
