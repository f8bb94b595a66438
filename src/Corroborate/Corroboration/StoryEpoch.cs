using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// What one story's corroboration keeps between the reports of a story that grows (the online path: ingest, workers and the
/// server report a stored story again each time it gains an article). A grown report is a function of the story's articles in
/// their order (and which of them are near copies) only, never of the reports made before it, so every process — a worker
/// taking its turn at a story, a fresh or restarted one, the server — gives the same bytes for the same articles:
/// <list type="bullet">
/// <item>Rebuild points are fixed by story size (<see cref="RebuildPoint"/>: 1, 2, 3, 4, 5, 7, 9, 12, … each the last one grown by
/// <see cref="Growth"/>, rounded up). A story of n articles is rebuilt — given the whole report, byte for byte — at the last
/// rebuild point r ≤ n, with its first r articles; the alignment's feature frequencies, the story's size and the word rarities of
/// the comparison of values are frozen with it.</item>
/// <item>Articles r+1 … n are then placed one at a time, in order, each step reading the story as it was with that article
/// last (see <see cref="ClaimAligner.Growing"/> and <see cref="ValuePairs.Growing"/>).</item>
/// <item>A process that kept the state of the same rebuild for the same first articles continues from where it stopped; any
/// other (nothing kept, another rebuild point, an article changed or dropped by the 300-article window, a near copy recognised
/// among the old ones) rebuilds at r and replays the articles after it.</item>
/// </list>
/// Used under its own lock by one report at a time.
/// </summary>
internal sealed class StoryEpoch(double growth)
{
    /// <summary>The share of its size at the last rebuild point a story grows by before the next one (see <see cref="RebuildPoint"/>).</summary>
    public double Growth { get; } = growth;

    /// <summary>The articles of the last report, in the story's order.</summary>
    public List<Article> Articles { get; private set; } = [];

    /// <summary>Articles at the last rebuild.</summary>
    public int RebuiltAt { get; private set; }

    /// <summary>Articles placed since the last rebuild (0: the last report was one).</summary>
    public int SinceRebuild { get; private set; }

    /// <summary>How many rebuilds this story has had (for tests and the bench).</summary>
    public int Rebuilds { get; private set; }

    public List<ClaimMention> Mentions { get; private set; } = [];

    public ClaimAligner.Growing? Alignment { get; private set; }

    public KeptValues Values { get; } = new();

    /// <summary>
    /// The story's entities at its last report and the ids a registry of the story alone gave them (<c>StoryAnalyzer</c>: reused
    /// while the entities' names stay the same; exact whatever the state above, so kept across rebuilds).
    /// </summary>
    public (System.Collections.Immutable.ImmutableArray<Entity> Entities, System.Collections.Immutable.ImmutableDictionary<string, string> Ids)? Identity { get; set; }

    /// <summary>The story's extraction over <see cref="Articles"/>, grown with them (set by the report's extraction, dropped with the rest).</summary>
    public StoryExtractor.Growing? Extraction { get; set; }

    /// <summary>Each claim as <c>ToClaim</c> made it (no conflicts across claims yet), by claim index.</summary>
    public List<Claim> Claims { get; private set; } = [];

    /// <summary>The independent sources of the claims new sentences joined since the rebuild, by claim index.</summary>
    public Dictionary<int, StorySources.Grouping> Sources { get; } = [];

    /// <summary>Per sentence, whether it attributes what it says (read by the comparison of values, one sentence at a time).</summary>
    public List<bool> Attributes { get; } = [];

    private Dictionary<string, string> _copies = new(StringComparer.Ordinal);

    /// <summary>
    /// The rebuild point of a story of <paramref name="count"/> articles: the largest of the fixed sizes 1, 2, 3, 4, 5, 7, 9, 12, …
    /// (each the one before times 1 + <paramref name="growth"/>, rounded up, and at least one more) not above it.
    /// </summary>
    public static int RebuildPoint(int count, double growth)
    {
        var point = 1;
        while (Next(point, growth) is var next && next <= count)
        {
            point = next;
        }

        return point;
    }

    /// <summary>The rebuild point after <paramref name="point"/>.</summary>
    public static int Next(int point, double growth) => Math.Max(point + 1, (int)Math.Ceiling(point * (1 + growth)));

    /// <summary>
    /// Whether what is kept is the state of <paramref name="articles"/>' first <see cref="Articles"/> grown from the rebuild at
    /// <paramref name="point"/> (the same articles, the same near copies among them): the report can continue from it.
    /// </summary>
    public bool CanContinue(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, string>? copies, int point)
    {
        if (Alignment is null || RebuiltAt != point || articles.Count < Articles.Count || Extraction?.Articles.Count != Articles.Count)
        {
            return false;
        }

        for (var i = 0; i < Articles.Count; i++)
        {
            if (!ArticleMemo.SameContent(Articles[i], articles[i]))
            {
                return false;
            }

            var was = _copies.GetValueOrDefault(Articles[i].Id);
            var now = copies?.GetValueOrDefault(Articles[i].Id);
            if (was != now)
            {
                return false;
            }
        }

        return true;
    }

    public void Rebuilt(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, string>? copies, List<ClaimMention> mentions, ClaimAligner.Growing alignment,
        List<Claim> claims)
    {
        Remember(articles, copies);
        (Mentions, Alignment, Claims) = (mentions, alignment, claims);
        Sources.Clear();
        Attributes.Clear();
        (RebuiltAt, SinceRebuild) = (articles.Count, 0);
        Rebuilds++;
    }

    /// <summary>Drops what was kept: the next report is a rebuild.</summary>
    public void Forget()
    {
        Alignment = null;
        Extraction = null;
        Articles = [];
        Mentions = [];
        Claims = [];
        Sources.Clear();
        Attributes.Clear();
    }

    public void Grown(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, string>? copies)
    {
        Remember(articles, copies);
        SinceRebuild = articles.Count - RebuiltAt;
    }

    private void Remember(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, string>? copies)
    {
        Articles = [.. articles];
        _copies = copies is null ? new(StringComparer.Ordinal) : new(copies, StringComparer.Ordinal);
    }
}
