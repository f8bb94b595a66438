namespace Corroborate.Clustering;

/// <summary>Splitting a young story in two (see <see cref="StoryClusteringOptions.SplitThreshold"/>).</summary>
public sealed partial class StoryIndex
{
    /// <summary>
    /// The pair score of two placed originals (the best-member score, as the re-check compares them), the mean of both
    /// directions: the weighted mean renormalises over the kinds the article side has, so the two may differ slightly.
    /// </summary>
    internal double PairSimilarity(StoryMember a, StoryMember b) => (Remembered(a, b) + Remembered(b, a)) / 2;

    /// <summary>The weighted mean of the cosines of <paramref name="article"/> against <paramref name="member"/>, without the member weight.</summary>
    private double Remembered(StoryMember member, StoryMember article)
    {
        if (Options.MemberWeight <= 0)
        {
            return PairCosine(member, article.Features);
        }

        var scores = article.ScoresAgainst ??= [];
        if (!scores.TryGetValue(member, out var score))
        {
            score = PairScore(member, article.Features);
            Remember(scores, member, score);
        }

        return score / Options.MemberWeight;
    }

    /// <summary>
    /// Moves <paramref name="leaving"/> (originals of <paramref name="from"/>, with their copies) into a new story, which
    /// takes the id of the first of them ("s-" + its article id, made unique). Returns the new story.
    /// </summary>
    internal StoryState Split(StoryState from, IReadOnlyList<StoryMember> leaving)
    {
        if (leaving.Count == 0 || leaving.Count >= from.Originals)
        {
            throw new ArgumentException($"a split of story {from.Id} must leave articles on both sides", nameof(leaving));
        }

        var first = leaving.MinBy(m => m.Arrival)!;
        var id = "s-" + first.ArticleId;
        for (var n = 2; _stories.ContainsKey(id) || _absorbedInto.ContainsKey(id); n++)
        {
            id = "s-" + first.ArticleId + "~" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var title = _placed[first.ArticleId].Title;
        var story = new StoryState(id, _storiesStarted++) { Title = title, TitleArticleId = title is null ? null : first.ArticleId, LastArrival = from.LastArrival };
        _stories.Add(id, story);
        _storyOrder.Add(story);
        _active.Add(story);
        foreach (var member in leaving.OrderBy(m => m.Arrival))
        {
            Move(member, from, story);
        }

        if (story.Originals > 1)
        {
            story.TitleScore = 0;
        }

        return story;
    }
}
