using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// What one story's corroboration keeps between the reports of a story that grows (the online path: ingest, workers and the
/// server report a stored story again each time it gains an article). At a <em>rebuild</em> the report is the whole report,
/// byte for byte, and the alignment's feature frequencies, the story's size and the word rarities of the comparison of values
/// are frozen with it; until the next rebuild, each new article's sentences are placed against the existing claims, and only
/// the pairs of values in which a new sentence takes part are compared (see <see cref="ClaimAligner.Growing"/> and
/// <see cref="ValuePairs.Growing"/>). The next report is a rebuild when the story has grown by <see cref="Growth"/> of its size
/// at the last rebuild, or when it is anything but the same articles with new ones after them (the 300-article report window
/// dropped its first article, an article changed, a near copy was recognised among the old ones). Used under its own lock by
/// one report at a time.
/// </summary>
internal sealed class StoryEpoch(double growth)
{
    /// <summary>The share of its size at the last rebuild a story grows by before it is rebuilt (0: every report is a rebuild).</summary>
    public double Growth { get; } = growth;

    /// <summary>The articles of the last report, in the story's order.</summary>
    public List<Article> Articles { get; private set; } = [];

    /// <summary>Articles at the last rebuild.</summary>
    public int RebuiltAt { get; private set; }

    /// <summary>Reports since the last rebuild (0: the last report was one).</summary>
    public int SinceRebuild { get; private set; }

    /// <summary>How many rebuilds this story has had (for tests and the bench).</summary>
    public int Rebuilds { get; private set; }

    public List<ClaimMention> Mentions { get; private set; } = [];

    public ClaimAligner.Growing? Alignment { get; private set; }

    public KeptValues Values { get; } = new();

    /// <summary>Each claim as <c>ToClaim</c> made it (no conflicts across claims yet), by claim index.</summary>
    public List<Claim> Claims { get; private set; } = [];

    /// <summary>The independent sources of the claims new sentences joined since the rebuild, by claim index.</summary>
    public Dictionary<int, StorySources.Grouping> Sources { get; } = [];

    /// <summary>Per sentence, whether it attributes what it says (read by the comparison of values, one sentence at a time).</summary>
    public List<bool> Attributes { get; } = [];

    private Dictionary<string, string> _copies = new(StringComparer.Ordinal);

    /// <summary>Whether the report of <paramref name="articles"/> can grow the kept one rather than rebuild.</summary>
    public bool CanGrow(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, string>? copies)
    {
        if (Alignment is null || articles.Count <= Articles.Count || articles.Count >= RebuiltAt * (1 + Growth))
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
        Articles = [];
        Mentions = [];
        Claims = [];
        Sources.Clear();
        Attributes.Clear();
    }

    public void Grown(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, string>? copies)
    {
        Remember(articles, copies);
        SinceRebuild++;
    }

    private void Remember(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, string>? copies)
    {
        Articles = [.. articles];
        _copies = copies is null ? new(StringComparer.Ordinal) : new(copies, StringComparer.Ordinal);
    }
}
