using System.Text.Json;
using Corroborate.Ingest;
using Corroborate.Tests.Support;
using Xunit.Abstractions;

namespace Corroborate.Cli.Tests;

/// <summary>
/// The gauntlet: every real page, feed, archive and article file of the shared data through the whole
/// <c>analyze</c> pipeline (read, clean, stories, extraction, corroboration, events, report). No unhandled
/// exception, and every input accounted for: it gave an article, it was word for word an article already
/// read, or it is named in <c>errors</c> with its reason. Figures are printed for docs/reliability.md.
/// </summary>
public sealed class GauntletTests(ITestOutputHelper output)
{
    [SharedDataTheory("data")]
    [InlineData("data/readability-pages")]
    [InlineData("data/article-extraction/html")]
    [InlineData("data/feedparser-tests/tests")]
    [InlineData("data/warc-fixtures")]
    [InlineData("data/ecbplus/dev.jsonl")]
    public async Task Every_real_input_goes_through_analyze_and_is_analysed_or_named(string relative)
    {
        var path = SharedData.Require(relative);

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("analyze", path, "--format", "json", "--quiet");

        Assert.InRange(exitCode, 0, 1);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(stdout);
        var root = report.RootElement;
        var articles = root.GetProperty("articles").EnumerateArray().ToList();
        var errors = root.GetProperty("errors").EnumerateArray().ToList();
        var copies = root.GetProperty("copies").EnumerateArray().ToList();
        var stories = root.GetProperty("stories").EnumerateArray().ToList();
        var accounted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in articles.Concat(errors).Concat(copies).Select(e => e.GetProperty("source").GetString()!))
        {
            accounted.Add(InputOf(source));
        }

        var inputs = InputReader.ExpandPaths([path]).ToList();
        var silent = inputs.Where(i => !accounted.Contains(i)).ToList();
        Assert.True(silent.Count == 0, $"{silent.Count} inputs gave neither an article nor an error: {string.Join(", ", silent.Take(10))}");
        Assert.All(articles, a => Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("text").GetString())));
        Assert.Equal(exitCode == 0, errors.Count == 0);

        var failed = errors.Select(e => InputOf(e.GetProperty("source").GetString()!)).Distinct().Count();
        var storyErrors = errors.Count(e => e.TryGetProperty("story", out _));
        output.WriteLine($"{relative}: {inputs.Count} inputs → {articles.Count} articles, {copies.Count} copies, {stories.Count} stories; "
            + $"{errors.Count} errors naming {failed} inputs ({storyErrors} from story stages); exit {exitCode}");
        foreach (var reason in errors.GroupBy(e => Reason(e.GetProperty("message").GetString()!)).OrderByDescending(g => g.Count()).Take(8))
        {
            output.WriteLine($"  {reason.Count(),5} × {reason.Key}");
        }
    }

    /// <summary>The input a document or error came from: "file.jsonl:12", "feed.xml#3" and "crawl.warc#7" belong to their file.</summary>
    private static string InputOf(string source)
    {
        var hash = source.LastIndexOf('#');
        if (hash > 0 && int.TryParse(source.AsSpan(hash + 1), out _))
        {
            return source[..hash];
        }

        var colon = source.LastIndexOf(':');
        return colon > 0 && int.TryParse(source.AsSpan(colon + 1), out _) ? source[..colon] : source;
    }

    private static string Reason(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @"\d+", "N") is var general && general.Length > 70 ? general[..70] + "…" : general;
}
