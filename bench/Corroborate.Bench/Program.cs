using BenchmarkDotNet.Running;

namespace Corroborate.Bench;

/// <summary>
/// <c>./bench [text|micro|all] [--count N]</c>: Stopwatch harnesses over generated corpora print
/// throughput, time per stage and peak memory; <c>micro</c> runs the BenchmarkDotNet classes.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var what = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "all";
        var count = args.SkipWhile(a => a != "--count").Skip(1).Select(int.Parse).FirstOrDefault(10_000);
        var output = Console.Out;
        switch (what)
        {
            case "text":
                await TextStageHarness.RunAsync(output, count);
                break;
            case "micro":
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. args.Skip(1)]);
                break;
            case "all":
                await TextStageHarness.RunAsync(output, count);
                break;
            default:
                await Console.Error.WriteLineAsync($"bench: unknown benchmark '{what}' (text, micro, all)");
                return 2;
        }

        return 0;
    }
}
