using System.Text.Json;
using Corroborate.Clustering;
using Corroborate.Extraction;
using Corroborate.Ingest;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reporting;
using Corroborate.Storage;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Reliability;

/// <summary>
/// Any string as text or title and any date of years 0001–9999 as <c>published</c>, through every stage
/// after reading (clean, assemble, stories, extraction, corroboration, events, JSON and Markdown): the
/// analysis completes, no stage fails, and the report is valid JSON.
/// </summary>
public sealed class AnalysisPropertyTests
{
    private static readonly StoryExtractor Extractor = new();

    /// <summary>Pieces that have broken stages before: dates at the calendar's ends, relative words, quotes, numbers, scripts.</summary>
    private static readonly string[] Pieces =
    [
        "0001-01-01", "9999-12-31", "1970-01-01", "on Monday", "next year", "last month", "next Monday", "in the summer", "last winter",
        "10,000 years ago", "999 years ago", "by the end of next year", "yesterday, Sunday", "“", "”", "\"", "‘", "’", "«", "»", "„",
        "Ana Ruiz said", "he said", "according to President Vucic,", "$3.5 billion", "99999999999999999999", "1/2/0001", "31/12/9999",
        "中文新闻", "خبر", "Новости", "\u202E", "\u0000", "\u001b[31m", "\uFFFD", "\uD800", "http://x", "\n\n", "\n", " ",
    ];

    private static Arbitrary<string> Texts() =>
        Gen.OneOf(
            ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? ""),
            Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Join(' ', parts)),
            Gen.ArrayOf(Gen.Elements(Pieces)).Zip(ArbMap.Default.ArbFor<string>().Generator, (parts, noise) => string.Join(noise ?? "", parts)))
        .ToArbitrary();

    private static Arbitrary<DateTimeOffset?> Dates() =>
        Gen.Choose(1, 9999).SelectMany(year => Gen.Choose(1, 12).SelectMany(month => Gen.Choose(1, DateTime.DaysInMonth(year, month))
            .SelectMany(day => Gen.Choose(-14, 14).Select(hours => Published(year, month, day, hours)))))
        .Select(d => (DateTimeOffset?)d).ToArbitrary();

    private static DateTimeOffset? Published(int year, int month, int day, int hours)
    {
        var local = new DateTime(year, month, day);
        var utcTicks = local.Ticks - TimeSpan.FromHours(hours).Ticks;
        return utcTicks >= DateTime.MinValue.Ticks && utcTicks <= DateTime.MaxValue.Ticks ? new DateTimeOffset(local, TimeSpan.FromHours(hours)) : null;
    }

    private static bool Completes(string text, string title, DateTimeOffset? published)
    {
        var pipeline = new IngestPipeline(new StoreStub());
        var documents = new[]
        {
            new SourceDocument { Source = "p1", Text = text, Title = title, Published = published, PublishedFrom = "field" },
            new SourceDocument { Source = "p2", Text = title + "\n\n" + text, Title = null, Published = published, PublishedFrom = "field" },
        };
        var clusterer = new StoryClusterer();
        var articles = new Dictionary<string, Article>();
        foreach (var document in documents)
        {
            Article article;
            try
            {
                article = pipeline.Process(document);
            }
            catch (InputException)
            {
                continue; // nothing left after cleaning: named by the pipeline, not a failure
            }

            if (articles.TryAdd(article.Id, article))
            {
                clusterer.Assign(article);
            }
        }

        var reports = StoryReports.Build(clusterer.Index.Stories(), articles, Extractor);
        var report = new AnalysisReport([.. articles.Values], []) { Stories = reports };
        using var json = new MemoryStream();
        JsonReportWriter.Write(json, report);
        using var parsed = JsonDocument.Parse(json.ToArray());
        MarkdownReportWriter.Write(TextWriter.Null, report);
        var errors = reports.SelectMany(r => r.Errors).ToList();
        return errors.Count == 0 ? true : throw new Xunit.Sdk.XunitException("a stage failed: " + string.Join("; ", errors.Select(e => e.Message)));
    }

    [Fact]
    public void Any_text_title_and_date_of_years_0001_to_9999_complete_the_analysis_with_no_stage_failing()
    {
        Prop.ForAll(Texts(), Texts(), Dates(), (text, title, published) => Completes(text, title, published))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00+00:00")]
    [InlineData("0001-01-02T00:00:00+14:00")]
    [InlineData("9999-12-31T00:00:00-09:00")]
    [InlineData("1970-01-01T00:00:00+00:00")]
    public void Dates_at_the_calendar_s_ends_complete_the_analysis(string date)
    {
        var published = DateTimeOffset.ParseExact(date[..19], "yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal) is var utc && date[19..] is "+00:00" ? utc : Published(int.Parse(date[..4], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(date[5..7], System.Globalization.CultureInfo.InvariantCulture), int.Parse(date[8..10], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(date[19..22], System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(Completes(string.Join(' ', Pieces.Take(20)), "Council meets on Monday", published));
    }

    /// <summary>The pipeline's store is not used by <see cref="IngestPipeline.Process"/>.</summary>
    private sealed class StoreStub : IArticleStore
    {
        public Task<IReadOnlyList<bool>> AddAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<bool>> AddAsync(IReadOnlyList<(Article Article, StoryAssignment? Story)> articles, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<bool> ContainsAsync(string contentHash, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<StoredStoryAssignment> StoryAssignmentsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Article?> GetAsync(string id, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<ArticleSummary>> ListAsync(int offset = 0, int limit = 100, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit = 20, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<int> CountAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task RecordErrorAsync(string source, string message, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
