using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Corroborate.Bench;

/// <summary>
/// <c>./bench/run analyze --count N</c>: the whole <c>corroborate analyze</c> over N generated articles in
/// one JSON Lines file, run as a separate process (the CLI built beside this harness), its resident
/// memory sampled from /proc every 50 ms. Shows whether analysis streams (memory flat in N) or holds
/// the corpus (memory growing with N).
/// </summary>
internal static class AnalyzeHarness
{
    public static async Task RunAsync(TextWriter output, int count, string? cli = null, bool keep = false)
    {
        var input = Path.Combine(Path.GetTempPath(), $"corroborate-analyze-bench-{count}.jsonl");
        await WriteCorpusAsync(input, count);
        await RunCliAsync(output, input, cli, $"{count:N0} generated articles");
        if (!keep)
        {
            File.Delete(input);
        }
    }

    /// <summary>
    /// <c>corroborate analyze INPUT --format json --quiet</c> as a separate process (the CLI built beside this harness, or
    /// <paramref name="cli"/>), its resident memory sampled from /proc every 50 ms; prints wall time, articles/s and peak.
    /// </summary>
    public static async Task RunCliAsync(TextWriter output, string input, string? cli, string? what = null)
    {
        var count = File.ReadLines(input).Count(l => l.Length > 0);
        what ??= $"{count:N0} articles of {Path.GetFileName(input)}";
        // Another build of the CLI (--cli PATH, e.g. an older one) can be measured on the same input.
        cli ??= Path.Combine(AppContext.BaseDirectory, "Corroborate.Cli.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "analyze", input, "--format", "json", "--quiet" })
        {
            info.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var bytes = 0L;
        var reading = Task.Run(async () =>
        {
            var buffer = new char[1 << 16];
            int n;
            while ((n = await process.StandardOutput.ReadAsync(buffer)) > 0)
            {
                bytes += n;
            }
        });
        var errors = process.StandardError.ReadToEndAsync();
        var peak = 0L;
        var cpu = 0L;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, ResidentBytes(process.Id));
            cpu = Math.Max(cpu, CpuTicks(process.Id));
            await Task.Delay(50);
        }

        await reading;
        output.WriteLine($"{Path.GetFileName(Path.GetDirectoryName(cli))}/{Path.GetFileName(cli)}: analyze of {what} ({new FileInfo(input).Length / 1048576.0:N1} MiB of JSON Lines): exit {process.ExitCode}, "
            + $"{watch.Elapsed.TotalSeconds:N1} s ({count / watch.Elapsed.TotalSeconds:N0} articles/s), CPU >= {cpu / 100.0:N1} s, peak resident {peak / 1048576.0:N0} MiB, report {bytes / 1048576.0:N1} M characters");
        if ((await errors).Length > 0)
        {
            output.WriteLine((await errors)[..Math.Min(500, (await errors).Length)]);
        }
    }

    /// <summary>utime + stime of a Linux process in clock ticks (the last sample before it exits), 0 when it is gone.</summary>
    private static long CpuTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>VmRSS of a Linux process, 0 when it is gone.</summary>
    private static long ResidentBytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }

    private static async Task WriteCorpusAsync(string path, int count)
    {
        var generator = new StoryStreamGenerator(seed: 7);
        await using var writer = new StreamWriter(path);
        for (var i = 0; i < count; i++)
        {
            var (article, _) = generator.Next();
            await writer.WriteLineAsync(JsonSerializer.Serialize(new
            {
                id = article.Id,
                title = article.Title,
                outlet = article.Outlet,
                published = article.Published,
                text = article.CleanText,
            }));
        }
    }
}
