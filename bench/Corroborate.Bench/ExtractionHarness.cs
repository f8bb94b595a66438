using System.Diagnostics;
using Corroborate.Extraction;
using Corroborate.Ingest;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Storage;

namespace Corroborate.Bench;

/// <summary>
/// Entities (mentions and story-level resolution), quotes, dates and amounts over generated articles,
/// one thread: articles/s for each extraction stage and for the whole story extraction.
/// </summary>
internal static class ExtractionHarness
{
    public static async Task RunAsync(TextWriter output, int count)
    {
        var generator = new ArticleCorpusGenerator(seed: 4242);
        await using var store = await SqliteArticleStore.OpenAsync(":memory:");
        var pipeline = new IngestPipeline(store);
        var reader = new InputReader();
        var articles = new List<Article>(count);
        for (var i = 0; i < count; i++)
        {
            using var stream = new MemoryStream(generator.Next(i));
            articles.AddRange(reader.Read(stream, $"generated-{i}.txt").Documents().Select(d => pipeline.Process(d)));
        }

        var mentions = new EntityMentionExtractor();
        var quotes = new QuoteExtractor();
        Measure(output, "entity mentions", articles, a => mentions.Extract(a).Length);
        Measure(output, "quotes", articles, a => quotes.Extract(a, mentions.Extract(a)).Length);
        Measure(output, "dates", articles, a => TemporalExpressionExtractor.Default.Extract(a).Length);
        Measure(output, "amounts", articles, a => new AmountExtractor().Extract(a).Length);

        // Whole story extraction in stories of 50 articles, the size a busy story reaches.
        var extractor = new StoryExtractor();
        var watch = Stopwatch.StartNew();
        var entities = 0;
        foreach (var story in articles.Chunk(50))
        {
            entities += extractor.Extract(story).Entities.Entities.Length;
        }

        output.WriteLine($"  story extraction (50-article stories) {count / watch.Elapsed.TotalSeconds,8:N0} articles/s ({entities:N0} entities)");
    }

    private static void Measure(TextWriter output, string stage, List<Article> articles, Func<Article, int> work)
    {
        var found = 0;
        foreach (var article in articles.Take(100))
        {
            found += work(article);
        }

        found = 0;
        var watch = Stopwatch.StartNew();
        foreach (var article in articles)
        {
            found += work(article);
        }

        output.WriteLine($"  {stage,-16} {articles.Count / watch.Elapsed.TotalSeconds,10:N0} articles/s ({found:N0} found)");
    }
}
