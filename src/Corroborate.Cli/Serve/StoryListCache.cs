using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Corroborate.Cli.Serve;

/// <summary>
/// Answers of <c>GET /api/stories</c> as UTF-8 JSON, per query, valid while the catalog's version stands: a
/// page of the list only changes with a write, and the page polls it. Filters by text or entity are costly,
/// and the leads and outlet counts make even a plain page a few lookups per story; a cached page is one write.
/// </summary>
internal static class StoryListCache
{
    /// <summary>Queries kept per version: beyond it (arbitrary query strings), answers are built, not kept.</summary>
    private const int MaxEntries = 256;

    private static readonly ConditionalWeakTable<StoryCatalog, Holder> Holders = [];

    public static bool TryGet(StoryCatalog catalog, long version, string query, out byte[] json)
    {
        json = [];
        return Holders.TryGetValue(catalog, out var holder) && Volatile.Read(ref holder.Current) is { } current
            && current.Version == version && current.Pages.TryGetValue(query, out json!);
    }

    public static void Add(StoryCatalog catalog, long version, string query, byte[] json)
    {
        var holder = Holders.GetValue(catalog, _ => new Holder());
        var current = Volatile.Read(ref holder.Current);
        if (current is null || current.Version < version)
        {
            var next = new Generation(version);
            current = Interlocked.CompareExchange(ref holder.Current, next, current) == current ? next : Volatile.Read(ref holder.Current)!;
        }

        if (current.Version == version && current.Pages.Count < MaxEntries)
        {
            current.Pages.TryAdd(query, json);
        }
    }

    private sealed class Holder
    {
        public Generation? Current;
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<string, byte[]> Pages { get; } = new(StringComparer.Ordinal);
    }
}
