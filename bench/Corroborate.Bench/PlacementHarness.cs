using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Corroborate.Clustering;
using Corroborate.Ingest;
using Corroborate.Model;
using Corroborate.Storage;
using Corroborate.Text;

namespace Corroborate.Bench;

/// <summary>
/// <c>bench/run placement [--count N] [--seed S] [--prepared FOLDER] [--write FILE] [--repeat R] [--streams dev,replicated]</c>: the story assigner's
/// own work on prepared inputs, without a database — what bounds it once the server's part is elsewhere. Two streams of
/// real articles: the 772 ECB+ development articles in file order, and N articles replicated from them with planted changes
/// (<see cref="RealCorpus.Replicate"/>), shuffled with seed S (stories of N/80 articles arriving out of order). Each article
/// is read, cleaned, assembled and featurized first, as the readers do (<see cref="PlacementFeaturizer"/>), and kept in
/// FOLDER (default under /tmp) so that later runs, and other builds, place exactly the same inputs. Then one fresh
/// <see cref="StoryClusterer"/> places them all in order, R times (default 3): thread CPU of the placing alone, best run,
/// articles per CPU-second, bytes allocated per article, and a SHA-256 over every placement and the final stories, which
/// two builds must share for their placements to be the same (<c>--write</c> writes what it hashes).
/// </summary>
internal static class PlacementHarness
{
    public static int Run(TextWriter output, string[] args, string? ecbDev)
    {
        if (ecbDev is null)
        {
            output.WriteLine("placement: ../shared/data/ecbplus/dev.jsonl not found (set CORROBORATE_SHARED)");
            return 1;
        }

        var count = Option(args, "--count", 20_000);
        var seed = Option(args, "--seed", 7);
        var repeat = Option(args, "--repeat", 3);
        var folder = args.SkipWhile(a => a != "--prepared").Skip(1).FirstOrDefault() ?? Path.Combine(Path.GetTempPath(), "corroborate-placement");
        var write = args.SkipWhile(a => a != "--write").Skip(1).FirstOrDefault();
        Directory.CreateDirectory(folder);
        output.WriteLine(Invariant($"placement alone (no database), one thread; load average at start: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));

        var streams = args.SkipWhile(a => a != "--streams").Skip(1).FirstOrDefault() ?? "dev,replicated";
        if (streams.Contains("dev", StringComparison.Ordinal))
        {
            var dev = Prepared(Path.Combine(folder, "ecb-dev.prepared"), () => ReadDocuments(ecbDev));
            Measure(output, "ECB+ dev, file order", dev, repeat, write is null ? null : write + ".dev");
        }

        if (!streams.Contains("replicated", StringComparison.Ordinal))
        {
            return 0;
        }

        var replicated = Prepared(Path.Combine(folder, Invariant($"replicated-{count}-seed{seed}.prepared")), () =>
        {
            var file = Path.Combine(folder, Invariant($"replicated-{count}.jsonl"));
            RealCorpus.WriteReplicated(file, RealCorpus.Load(ecbDev), count);
            var documents = ReadDocuments(file);
            var random = new Random(seed);
            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(documents));
            return documents;
        });
        Measure(output, Invariant($"{count:N0} replicated, shuffled (seed {seed})"), replicated, repeat, write is null ? null : write + ".replicated");
        return 0;
    }

    private static List<SourceDocument> ReadDocuments(string path) =>
        [.. new InputReader().Read(path).Where(i => i.Document is not null).Select(i => i.Document!)];

    /// <summary>The prepared inputs kept in <paramref name="file"/>, else prepared from the documents and kept there.</summary>
    private static List<(Article Article, PlacementFeatures Placement)> Prepared(string file, Func<List<SourceDocument>> documents)
    {
        var inputs = new List<(Article, PlacementFeatures)>();
        if (File.Exists(file))
        {
            foreach (var line in File.ReadLines(file))
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                inputs.Add((PreparedInputJson.Articles(line[(tab + 1)..])[0], PlacementBinary.Read(Convert.FromBase64String(line[..tab]))[0]));
            }

            return inputs;
        }

        var cleaner = new ArticleCleaner();
        var assembler = new ArticleAssembler();
        var featurizer = new PlacementFeaturizer();
        var received = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var lines = new List<string>();
        foreach (var document in documents())
        {
            var article = assembler.Assemble(cleaner.Clean(document), received);
            if (article.CleanText.Length == 0)
            {
                continue;
            }

            var placement = featurizer.Compute(article);
            lines.Add(Convert.ToBase64String(PlacementBinary.Write([placement])) + "\t" + PreparedInputJson.Articles([article]));
        }

        File.WriteAllLines(file + ".tmp", lines);
        File.Move(file + ".tmp", file, overwrite: true);
        return Prepared(file, documents);
    }

    private static void Measure(TextWriter output, string label, List<(Article Article, PlacementFeatures Placement)> inputs, int repeat, string? write)
    {
        var best = double.MaxValue;
        long allocated = 0;
        string? digest = null;
        var stories = 0;
        for (var run = 0; run < repeat; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var log = new StringBuilder();
            var clusterer = new StoryClusterer();
            var assignments = new StoryAssignment?[inputs.Count];
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var cpu = RealArticlesHarness.ThreadCpu();
            for (var i = 0; i < inputs.Count; i++)
            {
                var (article, placement) = inputs[i];
                if (clusterer.Index.StoryOf(article.Id) is null)
                {
                    assignments[i] = clusterer.Assign(article, placement);
                }
            }

            var ms = (RealArticlesHarness.ThreadCpu() - cpu).TotalMilliseconds;
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            best = Math.Min(best, ms);
            for (var i = 0; i < inputs.Count; i++)
            {
                Describe(log, inputs[i].Article, assignments[i]);
            }

            var all = clusterer.Index.Stories().ToList();
            stories = all.Count;
            foreach (var story in all)
            {
                log.Append(Invariant($"story {story.Id}\t{story.Title}\t{story.FirstSeen:o}\t{story.LastSeen:o}\t{story.OutletCount}\t{string.Join(' ', story.Keywords)}\t{string.Join(' ', story.ArticleIds)}\t{string.Join(' ', story.Duplicates.Select(d => d.ArticleId + "<" + d.DuplicateOf))}\n"));
            }

            var text = log.ToString();
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
            if (digest is not null && digest != hash)
            {
                output.WriteLine($"  placement: run {run + 1} placed differently from run 1 ({hash} vs {digest})");
            }

            digest ??= hash;
            if (write is not null && run == 0)
            {
                File.WriteAllText(write, text);
            }
        }

        output.WriteLine(Invariant($"  {label}: {inputs.Count:N0} articles, {stories:N0} stories; thread CPU best of {repeat} {best:F0} ms = {inputs.Count / (best / 1000):N0} articles per CPU-second ({best * 1000 / inputs.Count:F1} µs/article), {allocated / (double)inputs.Count / 1024:F1} KiB allocated/article; placements {digest}"));
    }

    private static void Describe(StringBuilder log, Article article, StoryAssignment? assignment)
    {
        if (assignment is null)
        {
            log.Append(Invariant($"{article.Id}\talready placed\n"));
            return;
        }

        log.Append(Invariant($"{article.Id}\t{assignment.StoryId}\t{assignment.IsNew}\t{assignment.DuplicateOf}\t{assignment.Score:R}\t{string.Join(' ', assignment.Merges.Select(m => m.Absorbed + ">" + m.Into))}\t{string.Join(' ', assignment.ChangedStories)}\n"));
    }

    private static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(fallback);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
