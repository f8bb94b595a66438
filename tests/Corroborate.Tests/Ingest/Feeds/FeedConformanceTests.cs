using System.Text;
using System.Text.RegularExpressions;
using Corroborate.Ingest;
using Corroborate.Ingest.Feeds;
using Xunit.Abstractions;

namespace Corroborate.Tests.Ingest.Feeds;

/// <summary>
/// Runs feedparser's conformance suite (read in place from shared/data/feedparser-tests) through
/// <see cref="FeedParser"/>, counting the assertions that map to our model, by folder.
/// </summary>
public sealed partial class FeedConformanceTests(ITestOutputHelper output)
{
    /// <summary>
    /// Measured 2026-11-22 at 98.8% of all applicable assertions (97.1% of value assertions, i.e. excluding
    /// the bare bozo flag); the floors sit just below so a regression fails, and raising them is deliberate.
    /// </summary>
    private const double PassRateFloor = 0.98;

    private const double ValuePassRateFloor = 0.96;

    private static readonly Dictionary<string, string> EntryAliases = new()
    {
        ["guid"] = "id", ["description"] = "summary", ["date_parsed"] = "updated_parsed",
        ["modified_parsed"] = "updated_parsed", ["issued_parsed"] = "published_parsed",
    };

    private static readonly Dictionary<string, string> FeedAliases = new()
    {
        ["date_parsed"] = "updated_parsed", ["modified_parsed"] = "updated_parsed", ["issued_parsed"] = "published_parsed",
    };

    [Support.SharedDataFact("data/feedparser-tests/tests")]
    public void Feedparser_suite_passes_above_the_floor_and_the_table_is_written_to_docs()
    {
        var root = Support.SharedData.Require("data/feedparser-tests/tests");

        var tally = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var folder = FolderOf(relative);
            var counts = tally.TryGetValue(folder, out var c) ? c : tally[folder] = new int[5];
            foreach (var (outcome, assertion, bozoFlag) in Run(file, relative))
            {
                counts[(int)outcome]++;
                if (outcome != FeedExpectation.Outcome.NotApplicable && !bozoFlag)
                {
                    counts[3 + (int)outcome]++; // value assertions: "not bozo" alone passes too easily to count as evidence
                }

                if (outcome == FeedExpectation.Outcome.Fail)
                {
                    failures.Add($"{relative}: {assertion}");
                }
                else if (outcome == FeedExpectation.Outcome.NotApplicable && Environment.GetEnvironmentVariable("CORROBORATE_FEED_TRACE") is not null)
                {
                    failures.Add($"N/A {relative}: {assertion}");
                }
            }
        }

        var table = Table(tally);
        output.WriteLine(table);
        foreach (var failure in failures.Take(5000))
        {
            output.WriteLine("FAIL " + failure);
        }

        WriteDocs(table);
        var passed = tally.Values.Sum(v => v[0]);
        var applicable = passed + tally.Values.Sum(v => v[1]);
        Assert.True((double)passed / applicable >= PassRateFloor, $"pass rate {passed}/{applicable} fell below {PassRateFloor:P1}");
        var valuePassed = tally.Values.Sum(v => v[3]);
        var valueApplicable = valuePassed + tally.Values.Sum(v => v[4]);
        Assert.True((double)valuePassed / valueApplicable >= ValuePassRateFloor,
            $"value-assertion pass rate {valuePassed}/{valueApplicable} fell below {ValuePassRateFloor:P1}");
    }

    private static IEnumerable<(FeedExpectation.Outcome, string, bool)> Run(string file, string relative)
    {
        var bytes = File.ReadAllBytes(file);
        var header = HeaderOf(bytes);
        var expect = Field(header, "Expect");
        if (expect is null)
        {
            yield break;
        }

        IReadOnlyList<FeedExpectation.Node> assertions;
        try
        {
            assertions = FeedExpectation.Parse(expect);
        }
        catch (FormatException)
        {
            yield break; // Python we do not translate (lambdas, comprehensions): outside the subset, not a failure
        }

        var headers = new FeedHttpHeaders(Http(header, "Content-type"), Http(header, "Content-Location"), Http(header, "Content-Language"));
        var globals = Globals(bytes, file, headers, new Uri("http://127.0.0.1:8097/tests/" + relative));
        foreach (var assertion in assertions)
        {
            var outcome = globals is null ? FeedExpectation.Outcome.Fail : FeedExpectation.Evaluate(assertion, globals);
            var actual = outcome == FeedExpectation.Outcome.Fail && globals is not null ? " ACTUAL " + FeedExpectation.Actual(assertion, globals) : "";
            yield return (outcome, expect + actual, IsBozoFlag(assertion));
        }
    }

    private static Dictionary<string, object?>? Globals(byte[] bytes, string file, FeedHttpHeaders headers, Uri documentUri)
    {
        Feed feed;
        try
        {
            feed = new FeedParser().Parse(bytes, file, headers, documentUri);
        }
        catch (InputException)
        {
            return null; // every modelled assertion on a feed we could not read at all counts as failed
        }

        var feedValues = new Dictionary<string, object?>();
        Put(feedValues, "title", feed.Title);
        Put(feedValues, "link", feed.Link);
        Put(feedValues, "language", feed.Language);
        Put(feedValues, "updated_parsed", TimeTuple(feed.Updated));
        Put(feedValues, "published_parsed", TimeTuple(feed.Published));
        var entries = feed.Entries.Select(e =>
        {
            var values = new Dictionary<string, object?>();
            Put(values, "id", e.Id);
            Put(values, "title", e.Title);
            Put(values, "link", e.Link);
            Put(values, "published_parsed", TimeTuple(e.Published));
            Put(values, "updated_parsed", TimeTuple(e.Updated));
            Put(values, "summary", e.Summary);
            Put(values, "author", e.Author);
            if (e.Content.Length > 0)
            {
                values["content"] = e.Content.Select(x => (object?)new FeedExpectation.PyDict(
                    new() { ["value"] = x.Value, ["type"] = x.Type }, ["value", "type"], [])).ToList();
            }

            return (object?)new FeedExpectation.PyDict(values, [.. values.Keys, "id", "title", "link", "published_parsed", "updated_parsed", "summary", "author", "content"], EntryAliases);
        }).ToList();

        return new Dictionary<string, object?>
        {
            ["bozo"] = feed.Bozo,
            ["encoding"] = feed.Encoding,
            ["version"] = feed.Version,
            ["feed"] = new FeedExpectation.PyDict(feedValues, ["title", "link", "language", "updated_parsed", "published_parsed"], FeedAliases),
            ["channel"] = new FeedExpectation.PyDict(feedValues, ["title", "link", "language", "updated_parsed", "published_parsed"], FeedAliases),
            ["entries"] = entries,
            ["items"] = entries,
        };
    }

    private static void Put(Dictionary<string, object?> values, string key, object? value)
    {
        if (value is not null)
        {
            values[key] = value;
        }
    }

    /// <summary>Python's time.struct_time for a UTC instant: weekday Monday = 0, day of year, isdst 0.</summary>
    private static List<object?>? TimeTuple(DateTimeOffset? date) => date?.UtcDateTime is not { } d ? null :
        [(long)d.Year, (long)d.Month, (long)d.Day, (long)d.Hour, (long)d.Minute, (long)d.Second, (long)(((int)d.DayOfWeek + 6) % 7), (long)d.DayOfYear, 0L];

    private static string HeaderOf(byte[] bytes)
    {
        var (name, skip) = FeedEncoding.Detect(bytes, null);
        var wide = name.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase) || name.StartsWith("utf-32", StringComparison.OrdinalIgnoreCase);
        var encoding = wide && FeedEncoding.Resolve(name) is { } e ? Encoding.GetEncoding(e.CodePage) : Encoding.Latin1;
        var text = encoding.GetString(bytes, skip, bytes.Length - skip);
        var start = text.IndexOf("<!--", StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf("-->", start, StringComparison.Ordinal);
        // Expectations are ASCII with Python escapes, so a Latin-1 view of single-byte files reads them exactly.
        return end < 0 ? "" : text[(start + 4)..end];
    }

    private static string? Field(string header, string name)
    {
        var m = Regex.Match(header, $@"^\s*{name}:\s*(.*?)\s*$", RegexOptions.Multiline);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static string? Http(string header, string name)
    {
        var m = Regex.Match(header, $@"^\s*Header:\s*{name}:\s*(.*?)\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static bool IsBozoFlag(FeedExpectation.Node assertion) =>
        assertion.ToString() is "Name { Identifier = bozo }" or "Not { Operand = Name { Identifier = bozo } }";

    private static string FolderOf(string relative)
    {
        var parts = relative.Split('/');
        return parts.Length > 2 ? parts[0] + "/" + parts[1] : parts[0];
    }

    private static string Table(SortedDictionary<string, int[]> tally)
    {
        var builder = new StringBuilder();
        builder.AppendLine("| Folder | Passed | Failed | Pass rate | Value assertions (excl. bozo flag) | Their pass rate | Not applicable |");
        builder.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (folder, v) in tally)
        {
            builder.AppendLine($"| {folder} | {v[0]} | {v[1]} | {Rate(v[0], v[1])} | {v[3] + v[4]} | {Rate(v[3], v[4])} | {v[2]} |");
        }

        int p = tally.Values.Sum(v => v[0]), f = tally.Values.Sum(v => v[1]), n = tally.Values.Sum(v => v[2]);
        int vp = tally.Values.Sum(v => v[3]), vf = tally.Values.Sum(v => v[4]);
        builder.AppendLine($"| **all** | {p} | {f} | {Rate(p, f)} | {vp + vf} | {Rate(vp, vf)} | {n} |");
        return builder.ToString();
    }

    private static string Rate(int passed, int failed) => passed + failed == 0 ? "–" : $"{100.0 * passed / (passed + failed):F1}%";

    private static void WriteDocs(string table)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corroborate.slnx")))
            {
                var path = Path.Combine(dir.FullName, "docs", "feeds.md");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var text = File.Exists(path) ? File.ReadAllText(path) : "";
                const string Start = "<!-- conformance:start -->", End = "<!-- conformance:end -->";
                var block = $"{Start}\n{table}{End}";
                var s = text.IndexOf(Start, StringComparison.Ordinal);
                var e = text.IndexOf(End, StringComparison.Ordinal);
                text = s >= 0 && e > s ? text[..s] + block + text[(e + End.Length)..] : text + "\n" + block + "\n";
                File.WriteAllText(path, text);
                return;
            }
        }
    }
}
