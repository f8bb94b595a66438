using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Corroborate.Clustering;
using Corroborate.Extraction;
using Corroborate.Ingest;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reporting;

namespace Corroborate.Bench;

/// <summary>
/// <c>./bench/run fuzz --minutes N [--seed S] [--out DIR]</c>: mutates real inputs (our samples, and the shared
/// pages, feeds, archives and ECB+ lines when present) — dates, numbers, quotes, scripts, control characters,
/// very long tokens, truncation, encodings, byte flips — and runs each through reading, cleaning, stories,
/// extraction, corroboration, events and the JSON report, in process. A finding is an exception escaping
/// the stages' own catch sites (a crash), a stage failure they recorded (isolated, but a bug), or an input
/// slower than 10 s; each is saved under --out with its seed so it can be replayed.
/// </summary>
internal static class FuzzHarness
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(10);

    private sealed record Sample(string Name, byte[] Bytes);

    public static int Run(TextWriter output, double minutes, int seed, string outFolder, string? sharedData)
    {
        var samples = LoadSamples(sharedData);
        output.WriteLine($"Fuzzing for {minutes:0.#} min, seed {seed}: {samples.Count} samples; findings go to {outFolder}");
        var random = new Random(seed);
        var reader = new InputReader();
        var cleaner = new Corroborate.Text.ArticleCleaner();
        var assembler = new Corroborate.Text.ArticleAssembler();
        var extractor = new StoryExtractor();
        var deadline = Stopwatch.StartNew();
        var (runs, crashes, stageFailures, slow, inputErrors, documents) = (0, 0, 0, 0, 0L, 0L);
        var signatures = new Dictionary<string, int>();
        var slowest = (Seconds: 0.0, Name: "");
        while (deadline.Elapsed.TotalMinutes < minutes)
        {
            var caseSeed = random.Next();
            var sample = samples[runs % samples.Count];
            var (name, bytes) = Mutate(sample, new Random(caseSeed));
            runs++;
            var watch = Stopwatch.StartNew();
            string? finding = null;
            try
            {
                var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
                var clusterer = new StoryClusterer();
                foreach (var item in reader.Read(new MemoryStream(bytes), name))
                {
                    if (item.Document is not { } document)
                    {
                        inputErrors++;
                        continue;
                    }

                    documents++;
                    var article = assembler.Assemble(cleaner.Clean(document));
                    if (article.CleanText.Length > 0 && articles.TryAdd(article.Id, article))
                    {
                        clusterer.Assign(article);
                    }
                }

                var reports = StoryReports.Build(clusterer.Index.Stories(), articles, extractor);
                using var json = new MemoryStream();
                JsonReportWriter.Write(json, new AnalysisReport([.. articles.Values], []) { Stories = reports });
                using var parsed = JsonDocument.Parse(json.ToArray());
                if (reports.SelectMany(r => r.Errors).FirstOrDefault() is { } failure)
                {
                    stageFailures++;
                    finding = "stage: " + Signature(failure.Message);
                }
            }
            catch (InputException)
            {
                inputErrors++;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                crashes++;
                finding = $"crash: {e.GetType().Name} at {e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Corroborate.", StringComparison.Ordinal))?.Trim()}";
            }

            var seconds = watch.Elapsed.TotalSeconds;
            if (seconds > slowest.Seconds)
            {
                slowest = (seconds, $"{name} (case seed {caseSeed})");
            }

            if (seconds > Slow.TotalSeconds)
            {
                slow++;
                finding ??= $"slow: {seconds:F0} s";
            }

            if (finding is not null)
            {
                signatures[finding] = signatures.GetValueOrDefault(finding) + 1;
                Directory.CreateDirectory(outFolder);
                File.WriteAllBytes(Path.Combine(outFolder, $"{caseSeed}-{Path.GetFileName(name)}"), bytes);
            }
        }

        var elapsed = deadline.Elapsed.TotalSeconds;
        output.WriteLine($"  {runs:N0} inputs ({runs / elapsed:N1}/s), {documents:N0} documents read, {inputErrors:N0} inputs or items named as unreadable");
        output.WriteLine($"  crashes {crashes}, stage failures {stageFailures}, slower than {Slow.TotalSeconds:0} s {slow}; slowest {slowest.Seconds:F2} s: {slowest.Name}");
        foreach (var (signature, count) in signatures.OrderByDescending(s => s.Value))
        {
            output.WriteLine($"  {count,5} × {signature}");
        }

        return crashes + stageFailures + slow == 0 ? 0 : 1;
    }

    private static string Signature(string message) => System.Text.RegularExpressions.Regex.Replace(message, @"[0-9a-f]{12}|\d+", "N");

    private static List<Sample> LoadSamples(string? sharedData)
    {
        var samples = new List<Sample>();
        var repository = FindUp("samples");
        if (repository is not null)
        {
            samples.AddRange(Directory.EnumerateFiles(repository).Order(StringComparer.Ordinal).Select(f => new Sample(Path.GetFileName(f), File.ReadAllBytes(f))));
        }

        if (sharedData is not null)
        {
            foreach (var page in Directory.EnumerateFiles(Path.Combine(sharedData, "readability-pages"), "source.html.gz", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                samples.Add(new Sample(Path.GetFileName(Path.GetDirectoryName(page))! + ".html", Gunzip(File.ReadAllBytes(page))));
            }

            foreach (var page in Directory.EnumerateFiles(Path.Combine(sharedData, "article-extraction", "html")).Order(StringComparer.Ordinal).Take(40))
            {
                samples.Add(new Sample(Path.GetFileNameWithoutExtension(page), Gunzip(File.ReadAllBytes(page))));
            }

            foreach (var feed in Directory.EnumerateFiles(Path.Combine(sharedData, "feedparser-tests", "tests"), "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Where((_, i) => i % 20 == 0))
            {
                samples.Add(new Sample(Path.GetFileName(feed), File.ReadAllBytes(feed)));
            }

            foreach (var archive in Directory.EnumerateFiles(Path.Combine(sharedData, "warc-fixtures")).Where(f => f.Contains(".warc", StringComparison.Ordinal) || f.EndsWith(".arc", StringComparison.Ordinal)))
            {
                samples.Add(new Sample(Path.GetFileName(archive), File.ReadAllBytes(archive)));
            }

            var lines = File.ReadLines(Path.Combine(sharedData, "ecbplus", "dev.jsonl")).ToList();
            for (var i = 0; i + 8 <= lines.Count; i += 40)
            {
                samples.Add(new Sample($"ecb-{i}.jsonl", Encoding.UTF8.GetBytes(string.Join('\n', lines.Skip(i).Take(8)))));
            }
        }

        return samples;
    }

    /// <summary>One to four mutations of a sample; text formats are mutated as text, archives also as bytes.</summary>
    private static (string Name, byte[] Bytes) Mutate(Sample sample, Random random)
    {
        var bytes = sample.Bytes;
        var isArchive = sample.Name.Contains(".warc", StringComparison.Ordinal) || sample.Name.EndsWith(".arc", StringComparison.Ordinal)
            || (bytes.Length > 2 && bytes[0] == 0x1F && bytes[1] == 0x8B);
        if (isArchive)
        {
            return (sample.Name, random.Next(3) == 0 ? bytes : FlipBytes(bytes, random));
        }

        var text = Encoding.UTF8.GetString(bytes);
        for (var n = random.Next(1, 5); n > 0; n--)
        {
            text = random.Next(8) switch
            {
                0 => ReplaceDates(text, random),
                1 => ReplaceNumbers(text, random),
                2 => Insert(text, random, Pick(random, QuoteRuns)(random)),
                3 => Insert(text, random, Pick(random, Scripts)),
                4 => Insert(text, random, LongToken(random)),
                5 => text[..random.Next(text.Length + 1)],
                6 => Insert(text, random, Pick(random, CalendarWords)),
                _ => Insert(text, random, Pick(random, Controls)),
            };
        }

        var encoded = random.Next(10) switch
        {
            0 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            1 => Gzip(Encoding.UTF8.GetBytes(text)),
            2 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            _ => Encoding.UTF8.GetBytes(text),
        };
        return (sample.Name, encoded);
    }

    private static readonly string[] CalendarDates =
    [
        "0001-01-01", "0001-01-01T00:00:00Z", "9999-12-31", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "0000-00-00", "2024-02-30",
        "Mon, 01 Jan 0001 00:00:00 +0000", "Fri, 31 Dec 9999 23:59:59 -1400", "31/12/9999", "1/1/0001", "December 31, 9999", "1 January 0001",
    ];

    private static readonly string[] CalendarWords =
    [
        " next year ", " last month ", " next Monday ", " in the summer ", " last winter ", " 999 years ago ", " by the end of next year ",
        " yesterday, Sunday ", " on 0001-01-01 on Monday ", " this week ", " in February ", " 10,000 years ago ",
    ];

    private static readonly Func<Random, string>[] QuoteRuns =
    [
        r => string.Concat(Enumerable.Repeat("1‘a", r.Next(10, 20_000))),
        r => new string('"', r.Next(1, 5_000)),
        r => string.Concat(Enumerable.Repeat("“", r.Next(1, 5_000))),
        r => " «" + new string('x', r.Next(1, 2_000)) + " ",
        r => " „" + string.Concat(Enumerable.Repeat("He said ", r.Next(1, 2_000))),
    ];

    private static readonly string[] Scripts =
    [
        " 中文新闻报道 ", " خبر عاجل ", " Новости дня ", " \u202Eevil\u202C ", " e\u0301\u0301\u0301 ", " 👩‍👩‍👧‍👦🇺🇳 ", " \uD800 ", " \uDC00\uD800 ",
        " \uFFFD\uFFFD ", " \uFEFF ", " ᚠᛇᚻ ", " 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ",
    ];

    private static readonly string[] Controls = ["\u0000", "\u001b[31m", "\u001b]0;x\u0007", "\r", "\u0085", "\u2028", "\f", "\u007f", "\t\t\t"];

    private static string LongToken(Random random)
    {
        var unit = Pick(random, ["x", "Xy", "7", "中", "a’", "-", ".", "he-said-", "aB+/9="]);
        return " " + string.Concat(Enumerable.Repeat(unit, random.Next(2_000, 60_000) / unit.Length)) + " ";
    }

    private static string ReplaceDates(string text, Random random) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w* \d{4}\b",
            _ => Pick(random, CalendarDates));

    private static string ReplaceNumbers(string text, Random random) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\b\d{1,4}\b", m => random.Next(4) switch
        {
            0 => "99999999999999999999999",
            1 => "0",
            2 => "-" + m.Value,
            _ => m.Value + ",000,000,000",
        });

    private static string Insert(string text, Random random, string piece)
    {
        var at = random.Next(text.Length + 1);
        return text[..at] + piece + text[at..];
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static byte[] FlipBytes(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        for (var n = random.Next(1, 8); n > 0 && copy.Length > 0; n--)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return random.Next(4) == 0 ? copy[..random.Next(copy.Length + 1)] : copy;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private static byte[] Gunzip(byte[] bytes)
    {
        using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static string? FindUp(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, name);
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Corroborate.slnx")))
            {
                return candidate;
            }
        }

        return null;
    }
}
