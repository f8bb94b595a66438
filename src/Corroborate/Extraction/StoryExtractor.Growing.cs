using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Extraction;

public sealed partial class StoryExtractor
{
    /// <summary>
    /// The whole extraction of <paramref name="articles"/> (a story at a rebuild point), and what the story's next articles
    /// are placed against (see <see cref="Growing"/>).
    /// </summary>
    internal Growing Grow(IReadOnlyList<Article> articles, ArticleMemo? memo)
    {
        var (extraction, quoteMentions) = ExtractKept(articles, memo);
        return new Growing(this, articles, extraction, resolver.Grow(extraction.Entities), quoteMentions);
    }

    /// <summary>One more article placed in a growing story's extraction.</summary>
    private StoryExtraction Add(Growing story, Article article, ArticleMemo? memo)
    {
        var articleMentions = MentionsOf(article, memo);
        var resolution = story.Entities.Add(article, articleMentions);
        // Only the new article's quotes are read, with their speakers among the story's entities as they are now; the old
        // articles' quotes keep the speakers they were given.
        AddQuotes(article, articleMentions, resolution, EntitiesById(resolution), [], memo, story.QuoteMentions);
        story.Articles.Add(article);
        story.Amounts.AddRange(AmountsOf(article, memo).Select(amount => (article.Id, amount)));
        return new StoryExtraction(resolution, matcher.Match(story.QuoteMentions), timeline.Build(story.Articles, memo), story.Amounts.ToImmutable());
    }

    /// <summary>
    /// A story's extraction between two rebuild points (the story's report is rebuilt whole at fixed sizes, see
    /// <c>Corroboration.StoryEpoch</c>): the whole extraction at the rebuild, then each article after it added one at a time,
    /// in the story's order, reading the story as it was with that article last. Per-article work is done once for the new
    /// article (its mentions, quotes, amounts and dates, through the memo); its mentions join the story's entities
    /// (<see cref="EntityResolver.Growing"/>) rather than the story being resolved again; its quotes are matched with the kept
    /// ones. The result is a function of the rebuild's articles and the articles added after it, in order, so every process
    /// that grows the same story gives the same extraction.
    /// </summary>
    internal sealed class Growing
    {
        private readonly StoryExtractor _extractor;

        public Growing(StoryExtractor extractor, IReadOnlyList<Article> articles, StoryExtraction rebuilt, EntityResolver.Growing entities,
            List<(string, QuoteMention, string?, string?)> quoteMentions)
        {
            _extractor = extractor;
            Articles = [.. articles];
            Entities = entities;
            QuoteMentions = quoteMentions;
            Amounts = rebuilt.Amounts.ToBuilder();
            Current = rebuilt;
        }

        /// <summary>The story's articles so far, in order.</summary>
        public List<Article> Articles { get; }

        /// <summary>The story's extraction over <see cref="Articles"/>.</summary>
        public StoryExtraction Current { get; private set; }

        internal EntityResolver.Growing Entities { get; }

        internal List<(string, QuoteMention, string?, string?)> QuoteMentions { get; }

        internal ImmutableArray<(string ArticleId, Amount Amount)>.Builder Amounts { get; }

        /// <summary>Adds the story's next article and returns the extraction with it.</summary>
        public StoryExtraction Add(Article article, ArticleMemo? memo) => Current = _extractor.Add(this, article, memo);
    }
}
