using System.Diagnostics;
using System.Globalization;
using Corroborate.Text;

namespace Corroborate.Bench;

/// <summary>
/// <c>bench/run language-memory</c>: load time and memory of each language-ID configuration, each
/// measured in a fresh process (models are cached per process, so one process would flatter the later
/// ones). Each child builds its identifier, then reads one text of each main script and a short post.
/// </summary>
internal static class LanguageMemoryHarness
{
    private static readonly (string Name, LanguageIdentifierOptions? Options)[] Configurations =
    [
        ("ours only", null),
        ("combined, Lingua low accuracy, lazy (default)", new LanguageIdentifierOptions()),
        ("combined, Lingua low accuracy, preloaded", new LanguageIdentifierOptions { PreloadWideModel = true }),
        ("combined, Lingua high accuracy, lazy", new LanguageIdentifierOptions { WideModelHighAccuracy = true }),
        ("combined, Lingua high accuracy, preloaded", new LanguageIdentifierOptions { WideModelHighAccuracy = true, PreloadWideModel = true }),
    ];

    // Texts we wrote: a long Polish paragraph, a short Polish post, a Bulgarian and an Urdu sentence.
    private static readonly string[] Probes =
    [
        "Rząd przedstawił w czwartek projekt budżetu na przyszły rok, a minister finansów zapowiedział, że deficyt spadnie dzięki wyższym wpływom z podatków i ograniczeniu wydatków administracji.",
        "Dziś wieczorem protest przed sejmem",
        "Правителството обсъди в четвъртък новия бюджет и мерките срещу инфлацията.",
        "وزیر اعظم نے جمعرات کو کابینہ کے اجلاس کی صدارت کی۔",
    ];

    public static int Run(TextWriter output, string[] args)
    {
        if (args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var index))
        {
            return Child(output, index);
        }

        output.WriteLine("language ID load time and memory, each configuration in a fresh process (machine shared: times are noisy)");
        output.WriteLine($"  {"configuration",-46} {"build",8} {"first texts",12} {"managed heap",13} {"working set",12} {"peak",8}");
        for (var i = 0; i < Configurations.Length; i++)
        {
            var path = Environment.ProcessPath!;
            var start = Path.GetFileNameWithoutExtension(path) == "dotnet"
                ? new ProcessStartInfo(path, [typeof(LanguageMemoryHarness).Assembly.Location, "language-memory", i.ToString(CultureInfo.InvariantCulture)])
                : new ProcessStartInfo(path, ["language-memory", i.ToString(CultureInfo.InvariantCulture)]);
            start.RedirectStandardOutput = true;
            using var child = Process.Start(start)!;
            var line = child.StandardOutput.ReadToEnd().Trim();
            child.WaitForExit();
            output.WriteLine($"  {Configurations[i].Name,-46} {line}");
        }

        return 0;
    }

    private static int Child(TextWriter output, int index)
    {
        var baseline = Process.GetCurrentProcess().WorkingSet64;
        var watch = Stopwatch.StartNew();
        var options = Configurations[index].Options;
        var identifier = options is null ? LanguageIdentifier.Builtin : LanguageIdentifier.Create(options);
        var build = watch.Elapsed;
        watch.Restart();
        foreach (var text in Probes)
        {
            _ = identifier.Identify(text);
        }

        var first = watch.Elapsed;
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{build.TotalSeconds,7:F1}s {first.TotalSeconds,11:F1}s {heap / 1048576.0,9:N0} MiB {(process.WorkingSet64 - baseline) / 1048576.0,8:N0} MiB {process.PeakWorkingSet64 / 1048576.0,6:N0} MiB"));
        return 0;
    }
}
