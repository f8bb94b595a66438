using System.Diagnostics;
using Corroborate.Corroboration;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Storage;

namespace Corroborate.Bench;

/// <summary>
/// Claim alignment on a 50-article story: the five seed articles (read by path from the shared folder)
/// retold by ten outlets each, every retelling dropping a random third of the sentences, so claims
/// overlap as in a busy story. Prints claims aligned per second and the whole story's time.
/// </summary>
internal static class CorroborationHarness
{
    public static async Task RunAsync(TextWriter output, string? seeds, int articlesPerStory = 50)
    {
        if (seeds is null)
        {
            output.WriteLine("  corroboration: skipped (the shared seeds folder was not found; set CORROBORATE_SHARED)");
            return;
        }

        await using var store = await SqliteArticleStore.OpenAsync(":memory:");
        var originals = (await new IngestPipeline(store).IngestAsync([seeds])).Articles;
        var story = Retell(originals, articlesPerStory, new Random(17));
        var extractor = new StoryExtractor();
        var corroborator = Corroborate.Pipeline.AnalysisOptions.Default.CreateCorroborator();

        var extraction = extractor.Extract(story);
        corroborator.Corroborate(story, extraction);
        const int rounds = 5;
        var extractWatch = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            extraction = extractor.Extract(story);
        }

        extractWatch.Stop();
        var watch = Stopwatch.StartNew();
        StoryCorroboration result = null!;
        for (var i = 0; i < rounds; i++)
        {
            result = corroborator.Corroborate(story, extraction);
        }

        watch.Stop();
        var stage = Stopwatch.StartNew();
        var claimMentions = new ClaimExtractor().Extract(story, extraction);
        var extractMs = stage.Elapsed.TotalMilliseconds;

        stage.Restart();
        var groups = new ClaimAligner().Align(claimMentions);
        output.WriteLine($"  stages: claim sentences {extractMs:N0} ms, alignment {stage.Elapsed.TotalMilliseconds:N0} ms ({groups.Count} groups)");
        var mentions = result.Claims.Sum(c => c.Mentions.Length);
        var seconds = watch.Elapsed.TotalSeconds / rounds;
        output.WriteLine($"  corroboration, {story.Count}-article story: {mentions:N0} claim sentences into {result.Claims.Length:N0} claims "
            + $"({result.Claims.Count(c => c.Outlets.Length >= 2):N0} told by 2+ outlets, {result.Claims.Sum(c => c.Conflicts.Length)} conflicts)");
        output.WriteLine($"  claims aligned   {mentions / seconds,10:N0} sentences/s; corroboration {seconds * 1000:N0} ms per story; "
            + $"with extraction {(seconds + (extractWatch.Elapsed.TotalSeconds / rounds)) * 1000:N0} ms per story");
    }

    private static List<Article> Retell(IReadOnlyList<Article> originals, int count, Random random)
    {
        var story = new List<Article>(count);
        for (var i = 0; i < count; i++)
        {
            var source = originals[i % originals.Count];
            var kept = source.Sentences.Where(s => s.End <= source.BodyLength && random.NextDouble() > 0.33).ToList();
            var text = string.Join(" ", kept.Select(s => s.Of(source.CleanText)));
            var sentences = new List<TextSpan>();
            var at = 0;
            foreach (var span in kept)
            {
                sentences.Add(new TextSpan(at, at + span.Length));
                at += span.Length + 1;
            }

            story.Add(source with
            {
                Id = $"{source.Id[..6]}-r{i:D2}",
                Outlet = $"Outlet {i:D2}",
                CleanText = text,
                BodyLength = text.Length,
                Sentences = [.. sentences],
                Segments = [new Segment(SegmentKind.Body, new TextSpan(0, text.Length))],
                ContentHash = $"{source.ContentHash}-{i}",
            });
        }

        return story;
    }
}
