using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// Work done on one article that no other article of its story changes (its entity mentions, amounts, dates, its
/// body read for stance, a claim's stance against it), kept between reports so a story that gains an article
/// computes only what is new; and work that reads a little of the story besides the article (its claim sentences,
/// quotes and event codings, see <see cref="GetOrUpdate"/>), kept while that little is the same. Entries are keyed
/// by article id and hold the article they were computed from: an article read again from a store is recognised
/// when every field extraction reads is the same (text, sentences, segments, dates, names), and any difference
/// drops the entry, so a kept result is always the one a fresh computation would give. Each result is filed under
/// the object that computed it (and a key of its own, such as a claim's text), so two analyses with different
/// dictionaries never share one. At most <see cref="Capacity"/> articles are kept, the oldest dropped first: a
/// one-pass analysis of a large stream holds a bounded window, not the stream. Safe for several threads (stories
/// analysed in parallel).
/// </summary>
public sealed class ArticleMemo
{
    /// <summary>Articles kept by default: a few large stories' worth (a 200-article story holds ~30 MB of results).</summary>
    public const int DefaultCapacity = 2048;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Queue<Entry> _arrival = new();

    public ArticleMemo(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    public int Capacity { get; }

    /// <summary>Articles currently kept.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>
    /// The result <paramref name="owner"/> computed for <paramref name="article"/>, computing it on first use.
    /// <paramref name="owner"/> names the computation: the extractor itself, or a value tuple of it and a key (a claim's text).
    /// </summary>
    public T GetOrAdd<T>(Article article, object owner, Func<Article, T> compute)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(compute);
        var entry = EntryFor(article);
        lock (entry.Results)
        {
            if (entry.Results.TryGetValue(owner, out var kept))
            {
                return (T)kept;
            }
        }

        // Computed outside the lock (another thread may compute the same: both results are equal, the first is kept).
        var value = compute(article);
        lock (entry.Results)
        {
            return entry.Results.TryAdd(owner, value) ? value : (T)entry.Results[owner];
        }
    }

    /// <summary>
    /// The result <paramref name="owner"/> computed for <paramref name="article"/> from <paramref name="key"/> (what the story
    /// lends the computation: its entities in the article, the dates it gives each sentence), kept while the key stays the
    /// same: one result per article and owner, the last, recomputed when the story gives another key. Exact as long as
    /// <paramref name="compute"/> reads nothing of the story but <paramref name="key"/>.
    /// </summary>
    public T GetOrUpdate<TKey, T>(Article article, object owner, TKey key, Func<TKey, TKey, bool> sameKey, Func<Article, TKey, T> compute)
        where TKey : notnull
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(sameKey);
        ArgumentNullException.ThrowIfNull(compute);
        var kept = GetOrAdd(article, owner, _ => new KeptByKey<TKey, T>());
        lock (kept)
        {
            if (kept.Computed && sameKey(kept.Key!, key))
            {
                return kept.Value!;
            }
        }

        var computed = compute(article, key);
        lock (kept)
        {
            (kept.Key, kept.Value, kept.Computed) = (key, computed, true);
        }

        return computed;
    }

    private Entry EntryFor(Article article)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(article.Id, out var entry) && SameContent(entry.Article, article))
            {
                return entry;
            }

            if (entry is not null)
            {
                // The same id with other content (a re-read with another date, say): nothing kept for it holds.
                entry.Dropped = true;
            }

            entry = new Entry(article);
            _entries[article.Id] = entry;
            _arrival.Enqueue(entry);
            while (_entries.Count > Capacity || (_arrival.Count > 0 && _arrival.Peek().Dropped))
            {
                var oldest = _arrival.Dequeue();
                if (!oldest.Dropped && _entries.TryGetValue(oldest.Article.Id, out var current) && ReferenceEquals(current, oldest))
                {
                    _entries.Remove(oldest.Article.Id);
                }
            }

            return entry;
        }
    }

    /// <summary>Every field of an article the extraction stages read is the same (the same instance, or one read again).</summary>
    internal static bool SameContent(Article a, Article b) => ReferenceEquals(a, b) || (a.Id == b.Id && a.ContentHash == b.ContentHash
        && a.CleanText == b.CleanText && a.BodyLength == b.BodyLength && a.Language == b.Language && a.Title == b.Title
        && a.Outlet == b.Outlet && a.Author == b.Author && a.Url == b.Url && a.Source == b.Source && a.ExternalId == b.ExternalId
        && a.Published == b.Published && a.PublishedFrom == b.PublishedFrom && a.ReceivedAt == b.ReceivedAt
        && a.Sentences.SequenceEqual(b.Sentences) && a.Segments.SequenceEqual(b.Segments) && a.Removed.SequenceEqual(b.Removed));

    /// <summary>The last result of one computation on one article, with the key it was computed from.</summary>
    private sealed class KeptByKey<TKey, T>
    {
        public TKey? Key { get; set; }

        public T? Value { get; set; }

        public bool Computed { get; set; }
    }

    private sealed class Entry(Article article)
    {
        public Article Article { get; } = article;

        public Dictionary<object, object> Results { get; } = [];

        public bool Dropped { get; set; }
    }
}
