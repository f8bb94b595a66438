using BenchmarkDotNet.Running;

namespace Corroborate.Bench;

/// <summary>
/// <c>bench/run [text|stories|extract|feeds|warc|html|corroborate|events|stance|serve|storyread|workers|assigner|placement|language|language-wide|language-memory|planted|scan|fuzz|analyze|ingest|real|micro|all] [--count N]</c>: Stopwatch harnesses over generated
/// corpora print throughput, time per stage and peak memory; <c>micro</c> runs the BenchmarkDotNet classes.
/// </summary>
internal static class Program
{
    private const string Names = "text|stories|extract|feeds|warc|html|corroborate|events|stance|serve|storyread|workers|assigner|placement|language|language-wide|language-memory|planted|alignment|scan|fuzz|analyze|ingest|real|micro|all";

    public static async Task<int> Main(string[] args)
    {
        var output = Console.Out;
        // "--help" asked for the list, not for every benchmark (which is what a run without a name means).
        if (args.Length > 0 && args[0] is "--help" or "-h" or "help")
        {
            output.WriteLine($"usage: bench/run [{Names}] [options]; no name runs 'all'. Options per benchmark: docs/performance.md and this file.");
            return 0;
        }

        var what = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "all";
        var count = args.SkipWhile(a => a != "--count").Skip(1).Select(int.Parse).FirstOrDefault(10_000);
        switch (what)
        {
            case "text":
                await TextStageHarness.RunAsync(output, count);
                break;
            case "stories":
                ClusteringHarness.Run(output, [10_000, 100_000]);
                break;
            case "feeds":
                FeedHarness.Run(output);
                break;
            case "warc":
                WarcHarness.Run(output);
                break;
            case "extract":
                await ExtractionHarness.RunAsync(output, count);
                break;
            case "html":
                HtmlExtractionHarness.Run(output, SharedDataFolder("data/article-extraction"));
                break;
            case "workers":
                // --workers 3, or a list: --workers 1,2,4
                await WorkersHarness.RunAsync(output, args.Contains("--count") ? count : 2_000,
                    args.SkipWhile(a => a != "--workers").Skip(1).Take(1).SelectMany(a => a.Split(',')).Select(int.Parse).ToArray() is { Length: > 0 } only ? only : null);
                break;
            case "assigner":
                return await AssignerHarness.RunAsync(output, args.Contains("--count") ? count : 10_000,
                    args.SkipWhile(a => a != "--batch").Skip(1).Select(int.Parse).FirstOrDefault(256));
            case "placement":
                return PlacementHarness.Run(output, args, SharedDataFile("data/ecbplus/dev.jsonl"));
            case "corroborate":
                await CorroborationHarness.RunAsync(output, SharedDataFolder("seeds"));
                break;
            case "events":
                EventCodingHarness.Run(output, count, SharedDataFolder("data/event-coding/petrarch2/validation"));
                break;
            case "stance":
                StanceHarness.Run(output, count, SharedDataFolder("data/fnc-1"));
                break;
            case "serve":
                await ServeHarness.RunAsync(output);
                break;
            case "storyread":
                await StoryReadHarness.RunAsync(output,
                    [.. (args.SkipWhile(a => a != "--sizes").Skip(1).FirstOrDefault() ?? "10000,100000").Split(',').Select(int.Parse)],
                    args.SkipWhile(a => a != "--stories").Skip(1).Select(int.Parse).FirstOrDefault(40));
                break;
            case "language":
                return LanguageIdHarness.Run(output, args, SharedDataFolder("data"));
            case "language-wide":
                return LanguageWideHarness.Run(output, SharedDataFile("data/ecbplus/dev.jsonl"), SharedDataFolder("data/fnc-1"), SharedDataFolder("seeds"));
            case "language-memory":
                return LanguageMemoryHarness.Run(output, args);
            case "alignment":
                return await Planted.AlignmentHarness.RunAsync(output, args, SharedDataFile("data/ecbplus/dev.jsonl"));
            case "planted":
                return await Planted.PlantedEvaluationHarness.RunAsync(output, args, SharedDataFile("data/ecbplus/dev.jsonl"));
            case "scan":
                ScanHarness.Run(output, args.SkipWhile(a => a != "--max-kb").Skip(1).Select(int.Parse).FirstOrDefault(64),
                    args.SkipWhile(a => a != "--budget").Skip(1).Select(double.Parse).FirstOrDefault(10));
                break;
            case "ingest":
                return await IngestHarness.RunAsync(output, args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? SharedDataFile("data/ecbplus/dev.jsonl"));
            case "real":
                return await RealArticlesHarness.RunAsync(output, args, SharedDataFile("data/ecbplus/dev.jsonl"), SharedDataFolder("data/article-extraction"));
            case "analyze":
                await AnalyzeHarness.RunAsync(output, count, args.SkipWhile(a => a != "--cli").Skip(1).FirstOrDefault(), args.Contains("--keep"));
                break;
            case "fuzz":
                return FuzzHarness.Run(output, args.SkipWhile(a => a != "--minutes").Skip(1).Select(double.Parse).FirstOrDefault(1),
                    args.SkipWhile(a => a != "--seed").Skip(1).Select(int.Parse).FirstOrDefault(14),
                    args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault() ?? Path.Combine(Path.GetTempPath(), "corroborate-fuzz"),
                    SharedDataFolder("data"));
            case "micro":
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. args.Skip(1)]);
                break;
            case "all":
                await TextStageHarness.RunAsync(output, count);
                ClusteringHarness.Run(output, [10_000, 100_000]);
                await ExtractionHarness.RunAsync(output, Math.Min(count, 2_000));
                FeedHarness.Run(output);
                WarcHarness.Run(output);
                HtmlExtractionHarness.Run(output, SharedDataFolder("data/article-extraction"));
                await CorroborationHarness.RunAsync(output, SharedDataFolder("seeds"));
                break;
            default:
                await Console.Error.WriteLineAsync($"bench: unknown benchmark '{what}' ({Names})");
                return 2;
        }

        return 0;
    }

    private static string? SharedDataFile(string relative) =>
        SharedDataFolder(Path.GetDirectoryName(relative)!) is { } folder && File.Exists(Path.Combine(folder, Path.GetFileName(relative)))
            ? Path.Combine(folder, Path.GetFileName(relative))
            : null;

    /// <summary>A folder of the shared evaluation data beside the repository ($CORROBORATE_SHARED overrides), or null.</summary>
    private static string? SharedDataFolder(string relative)
    {
        var roots = new List<string>();
        if (Environment.GetEnvironmentVariable("CORROBORATE_SHARED") is { Length: > 0 } configured)
        {
            roots.Add(configured);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            roots.Add(Path.Combine(dir.FullName, "shared"));
        }

        return roots.Select(root => Path.Combine(root, relative)).FirstOrDefault(Directory.Exists);
    }
}
