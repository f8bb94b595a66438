using System.Collections.Immutable;

namespace Corroborate.Clustering;

/// <summary>The live state of one story inside <see cref="StoryIndex"/>.</summary>
internal sealed class StoryState(string id, long sequence)
{
    public string Id { get; } = id;

    /// <summary>Order in which stories started: the older of two merging stories survives.</summary>
    public long Sequence { get; } = sequence;

    /// <summary>Originals (copies not counted): a story with few is young, and may still merge.</summary>
    public int Originals { get; set; }

    public Centroid Terms { get; private set; } = new();

    public Centroid Entities { get; private set; } = new();

    public Centroid Numbers { get; private set; } = new();

    public Centroid Headline { get; private set; } = new();

    /// <summary>
    /// The first originals with their features, in arrival order: for the best-member similarity, and all of
    /// them while the story is young, for re-placement (dropped at eviction).
    /// </summary>
    public List<StoryMember> Members { get; } = [];

    /// <summary>The compared members inverted for scoring, built on first use (see <see cref="StoryIndex"/>'s best-member similarity).</summary>
    public StoryMemberIndex? MemberIndex { get; set; }

    /// <summary>The lowest pair score among the members, kept for the split check (see <see cref="MemberPairs"/>).</summary>
    public MemberPairs? MemberPairs { get; set; }

    public List<string> ArticleIds { get; } = [];

    public List<StoryDuplicate> Duplicates { get; } = [];

    public HashSet<string> Outlets { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Feature ids under which this story is posted in the inverted index.</summary>
    public HashSet<int> IndexedFeatures { get; } = [];

    /// <summary>How many articles the index had placed when this story last took one (eviction needs it idle in arrivals too).</summary>
    public long LastArrival { get; set; }

    public DateTimeOffset? FirstSeen { get; set; }

    public DateTimeOffset? LastSeen { get; set; }

    public string? Title { get; set; }

    /// <summary>The article whose headline <see cref="Title"/> is, so a story an article leaves does not keep its headline.</summary>
    public string? TitleArticleId { get; set; }

    /// <summary>Join similarity of the article that gave <see cref="Title"/>; negative until a second article joins.</summary>
    public double TitleScore { get; set; } = -1;

    public bool IsActive { get; private set; } = true;

    /// <summary>Keywords frozen at eviction, when the centroids are dropped.</summary>
    public ImmutableArray<string> FrozenKeywords { get; private set; } = [];

    public void Seen(DateTimeOffset? time)
    {
        if (time is not { } t)
        {
            return;
        }

        FirstSeen = FirstSeen is { } first && first <= t ? first : t;
        LastSeen = LastSeen is { } last && last >= t ? last : t;
    }

    public void Deactivate(ImmutableArray<string> keywords)
    {
        IsActive = false;
        FrozenKeywords = keywords;
        Terms = new Centroid();
        Entities = new Centroid();
        Numbers = new Centroid();
        Headline = new Centroid();
        Members.Clear();
        Members.TrimExcess();
        MemberIndex = null;
        MemberPairs = null;
        IndexedFeatures.Clear();
        IndexedFeatures.TrimExcess();
    }
}
