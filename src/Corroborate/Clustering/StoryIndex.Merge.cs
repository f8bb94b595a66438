namespace Corroborate.Clustering;

/// <summary>Merging two stories (see <see cref="StoryClusteringOptions.MergeThreshold"/>).</summary>
public sealed partial class StoryIndex
{
    /// <summary>
    /// Moves every article of <paramref name="absorbed"/> into <paramref name="survivor"/> as if they had
    /// joined it in their arrival order: centroids add up, the first originals stay the compared members,
    /// postings move, and the absorbed id keeps finding the survivor. Both must be active.
    /// </summary>
    internal void Merge(StoryState survivor, StoryState absorbed)
    {
        if (!survivor.IsActive || !absorbed.IsActive || ReferenceEquals(survivor, absorbed))
        {
            throw new ArgumentException($"cannot merge story {absorbed.Id} into {survivor.Id}: both must be distinct and active", nameof(absorbed));
        }

        foreach (var id in absorbed.ArticleIds)
        {
            _storyOfArticle[id] = survivor;
        }

        MergeInArrivalOrder(survivor.ArticleIds, absorbed.ArticleIds, id => _placed[id].Arrival);
        MergeInArrivalOrder(survivor.Duplicates, absorbed.Duplicates, d => _placed[d.ArticleId].Arrival);
        MergeInArrivalOrder(survivor.Members, absorbed.Members, m => m.Arrival);
        if (survivor.Members.Count > MembersKept)
        {
            survivor.Members.RemoveRange(MembersKept, survivor.Members.Count - MembersKept);
        }

        survivor.Originals += absorbed.Originals;
        survivor.LastArrival = Math.Max(survivor.LastArrival, absorbed.LastArrival);
        survivor.Outlets.UnionWith(absorbed.Outlets);
        survivor.Terms.Add(absorbed.Terms);
        survivor.Entities.Add(absorbed.Entities);
        survivor.Numbers.Add(absorbed.Numbers);
        survivor.Headline.Add(absorbed.Headline);
        survivor.Seen(absorbed.FirstSeen);
        survivor.Seen(absorbed.LastSeen);
        if (absorbed.TitleScore > survivor.TitleScore && absorbed.Title is { Length: > 0 })
        {
            (survivor.Title, survivor.TitleScore, survivor.TitleArticleId) = (absorbed.Title, absorbed.TitleScore, absorbed.TitleArticleId);
        }

        foreach (var feature in absorbed.IndexedFeatures)
        {
            var list = _postings[feature];
            list.Remove(absorbed);
            if (survivor.IndexedFeatures.Add(feature))
            {
                list.Add(survivor);
            }
        }

        _stories.Remove(absorbed.Id);
        _storyOrder.Remove(absorbed);
        _active.Remove(absorbed);
        _absorbedInto[absorbed.Id] = survivor.Id;
    }

    private static void MergeInArrivalOrder<T>(List<T> into, List<T> from, Func<T, long> arrival)
    {
        into.AddRange(from);
        into.Sort((a, b) => arrival(a).CompareTo(arrival(b)));
    }
}
