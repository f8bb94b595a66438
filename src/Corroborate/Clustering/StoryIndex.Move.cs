namespace Corroborate.Clustering;

/// <summary>Re-placing an original of a young story (see <see cref="StoryClusteringOptions.ReplaceArticles"/>).</summary>
public sealed partial class StoryIndex
{
    /// <summary>How well a member fits the rest of its story: <see cref="Similarity(StoryState, ArticleFeatures)"/> with the member left out.</summary>
    internal double SimilarityWithout(StoryState story, StoryMember member)
    {
        var features = member.Features;
        var total = 0.0;
        var weights = 0.0;
        Add(story.Terms, features.Terms, Options.TermWeight);
        Add(story.Entities, features.Entities, Options.EntityWeight);
        Add(story.Numbers, features.Numbers, Options.NumberWeight);
        Add(story.Headline, features.Headline, Options.HeadlineWeight);
        var score = weights > 0 ? total / weights : 0;

        if (Options.MemberWeight > 0)
        {
            var compared = Math.Min(story.Members.Count, Options.MaxMembersCompared);
            Span<double> memberScores = compared <= 64 ? stackalloc double[compared] : new double[compared];
            MemberScores(story, features, memberScores, member);
            for (var i = 0; i < compared; i++)
            {
                if (!ReferenceEquals(story.Members[i], member))
                {
                    score = Math.Max(score, memberScores[i]);
                }
            }
        }

        return score;

        void Add(Centroid centroid, SparseVector vector, double weight)
        {
            if (!vector.IsEmpty && weight > 0)
            {
                total += weight * centroid.CosineWithout(vector);
                weights += weight;
            }
        }
    }

    /// <summary>The time of a placed article (its publication), for the time rules of a move.</summary>
    internal DateTimeOffset? TimeOf(string articleId) => _placed[articleId].Time;

    /// <summary>
    /// Moves <paramref name="member"/> (an original of <paramref name="from"/>), with its copies, to
    /// <paramref name="to"/>. A story left empty disappears; its id then finds <paramref name="to"/>.
    /// </summary>
    internal void Move(StoryMember member, StoryState from, StoryState to)
    {
        if (!from.IsActive || !to.IsActive || ReferenceEquals(from, to) || !from.Members.Contains(member))
        {
            throw new ArgumentException($"cannot move article {member.ArticleId} from story {from.Id} to {to.Id}", nameof(member));
        }

        var moving = new List<string> { member.ArticleId };
        var copies = from.Duplicates.Where(d => d.DuplicateOf == member.ArticleId).ToList();
        moving.AddRange(copies.Select(d => d.ArticleId));
        from.Duplicates.RemoveAll(d => d.DuplicateOf == member.ArticleId);
        from.ArticleIds.RemoveAll(moving.Contains);
        from.Members.Remove(member);
        from.Originals--;
        from.Terms.Remove(member.Features.Terms);
        from.Entities.Remove(member.Features.Entities);
        from.Numbers.Remove(member.Features.Numbers);
        from.Headline.Remove(member.Features.Headline);

        to.ArticleIds.AddRange(moving);
        to.ArticleIds.Sort((a, b) => _placed[a].Arrival.CompareTo(_placed[b].Arrival));
        to.Duplicates.AddRange(copies);
        to.Duplicates.Sort((a, b) => _placed[a.ArticleId].Arrival.CompareTo(_placed[b.ArticleId].Arrival));
        to.Members.Add(member);
        to.Members.Sort((a, b) => a.Arrival.CompareTo(b.Arrival));
        if (to.Members.Count > MembersKept)
        {
            to.Members.RemoveRange(MembersKept, to.Members.Count - MembersKept);
        }

        to.Originals++;
        to.LastArrival = Math.Max(to.LastArrival, from.LastArrival);
        to.Terms.Add(member.Features.Terms);
        to.Entities.Add(member.Features.Entities);
        to.Numbers.Add(member.Features.Numbers);
        to.Headline.Add(member.Features.Headline);
        Post(to, member.Features.Terms, Options.IndexTerms);
        Post(to, member.Features.Entities, Options.IndexEntities);
        foreach (var id in moving)
        {
            _storyOfArticle[id] = to;
            to.Seen(_placed[id].Time);
            if (_placed[id].Outlet is { } outlet)
            {
                to.Outlets.Add(outlet);
            }
        }

        if (from.ArticleIds.Count == 0)
        {
            Remove(from, to);
            return;
        }

        // The story left behind: its span, outlets and headline from the articles it still has.
        from.FirstSeen = from.LastSeen = null;
        from.Outlets.Clear();
        foreach (var id in from.ArticleIds)
        {
            from.Seen(_placed[id].Time);
            if (_placed[id].Outlet is { } outlet)
            {
                from.Outlets.Add(outlet);
            }
        }

        if (from.TitleArticleId is { } titled && moving.Contains(titled))
        {
            var first = from.ArticleIds.Select(id => _placed[id]).FirstOrDefault(p => p.Title is { Length: > 0 });
            (from.Title, from.TitleArticleId, from.TitleScore) = (first?.Title, first?.Id, from.Originals > 1 ? 0 : -1);
        }
    }

    /// <summary>Drops an emptied story from every list and the postings; its id finds <paramref name="successor"/> from now on.</summary>
    private void Remove(StoryState story, StoryState successor)
    {
        foreach (var feature in story.IndexedFeatures)
        {
            var list = _postings[feature];
            list.Remove(story);
            if (list.Count == 0)
            {
                _postings.Remove(feature);
            }
        }

        _stories.Remove(story.Id);
        _storyOrder.Remove(story);
        _active.Remove(story);
        _absorbedInto[story.Id] = successor.Id;
    }
}
