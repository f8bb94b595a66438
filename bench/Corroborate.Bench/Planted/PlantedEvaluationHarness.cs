using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Collections.Immutable;
using Corroborate.Corroboration;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reporting;
using Corroborate.Storage;

namespace Corroborate.Bench.Planted;

/// <summary>
/// <c>bench/run planted [--part dev|heldout|all] [--seed N] [--out DIR] [--data FILE]</c>: plants changes in real
/// stories (<see cref="PlantedChangeGenerator"/>), runs <c>corroborate analyze --format json</c> on every changed
/// story and on every unchanged one (in process, the same command a user runs), and prints
/// - recall: the planted changes reported as a conflict between the changed article and another one;
/// - the conflicts reported on the unchanged stories, by field and kind, each with its hand judgement
///   (real discrepancy between outlets, or junk) when <c>planted-judgements.tsv</c> holds one.
/// The stories with their changes and a readable list of every conflict are written under <c>--out</c>
/// (default a temporary folder): they hold the corpus's text, so they never go into the repository.
/// </summary>
internal static class PlantedEvaluationHarness
{
    public const int DefaultSeed = 13;

    private static StoryCorroborator? Corroborator;

    public static async Task<int> RunAsync(TextWriter output, string[] args, string? dataFile)
    {
        if (Option(args, "--explain") is { } folder)
        {
            // Every pair of values the detector weighed in the stories of a folder (our samples), with its evidence.
            await using var store = await SqliteArticleStore.OpenAsync(":memory:");
            var pipeline = new IngestPipeline(store);
            var read = await pipeline.IngestAsync([folder]);
            var unique = read.Articles.DistinctBy(a => a.ContentHash).ToImmutableArray();
            var report = new AnalysisReport(unique, []) { Stories = StoryReports.Build(pipeline.Stories.Stories(), unique.ToDictionary(a => a.Id, StringComparer.Ordinal)) };
            using var rows = new StreamWriter(Option(args, "--pairs") ?? "pairs.tsv");
            rows.WriteLine(PairRow.Header);
            PairRow.Write(rows, report, "samples", "samples", "unchanged", null);
            return 0;
        }

        dataFile = Option(args, "--data") ?? dataFile;
        if (dataFile is null || !File.Exists(dataFile))
        {
            output.WriteLine("  planted: skipped (ecbplus/dev.jsonl not found; pass --data or set CORROBORATE_SHARED)");
            return 0;
        }

        var seed = int.Parse(Option(args, "--seed") ?? DefaultSeed.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var part = Option(args, "--part") ?? "dev";
        var only = Option(args, "--story");
        var outDir = Option(args, "--out") ?? Path.Combine(Path.GetTempPath(), $"corroborate-planted-{seed}");
        Directory.CreateDirectory(outDir);
        var articles = PlantedChangeGenerator.Read(dataFile);
        var generator = new PlantedChangeGenerator(seed);
        var parts = generator.Parts(articles);
        var changes = generator.Plant(articles).Where(c => part == "all" || c.Part == part).Where(c => only is null || c.Story == only).ToList();
        var stories = articles.GroupBy(a => a.Story, StringComparer.Ordinal)
            .Where(g => part == "all" || parts[g.First().Topic] == part).Where(g => only is null || g.Key == only)
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        output.WriteLine($"planted changes, seed {seed}, part {part}: {stories.Count} stories ({stories.Sum(g => g.Count())} articles), {changes.Count} changes "
            + $"({changes.Count(c => c.Kind == "number")} numbers, {changes.Count(c => c.Kind == "weekday")} weekdays); files in {outDir}");

        var judgements = Judgements.Load();
        var pairsFile = Option(args, "--pairs");
        var options = ConflictOptions.Default with
        {
            MinEvidence = double.Parse(Option(args, "--min-evidence") ?? ConflictOptions.Default.MinEvidence.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            OtherClaimPenalty = double.Parse(Option(args, "--other-claim-penalty") ?? ConflictOptions.Default.OtherClaimPenalty.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            DateMinEvidence = double.Parse(Option(args, "--date-min-evidence") ?? ConflictOptions.Default.DateMinEvidence.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            DateAgreementMinEvidence = double.Parse(Option(args, "--date-agreement-min-evidence") ?? ConflictOptions.Default.DateAgreementMinEvidence.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            DateUnknownEventMinEvidence = double.Parse(Option(args, "--date-unknown-event-min-evidence") ?? ConflictOptions.Default.DateUnknownEventMinEvidence.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            DateOtherEventMinEvidence = double.Parse(Option(args, "--date-other-event-min-evidence") ?? ConflictOptions.Default.DateOtherEventMinEvidence.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            BusyKeyPenalty = double.Parse(Option(args, "--busy-penalty") ?? ConflictOptions.Default.BusyKeyPenalty.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        };
        // Stance does not touch conflicts; leaving it out makes a run several times faster.
        Corroborator = new StoryCorroborator(new ClaimExtractor(), new ClaimAligner(), new BriefingBuilder(), Gazetteer.Default, stance: null, conflicts: options);
        using var pairs = pairsFile is null ? null : new StreamWriter(pairsFile);
        pairs?.WriteLine(PairRow.Header);
        var unchanged = new List<ReportedConflict>();
        var readable = new StringBuilder();
        foreach (var story in stories)
        {
            var file = Path.Combine(outDir, "unchanged", story.Key + ".jsonl");
            var members = story.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
            Write(file, members);
            var (report, analysis) = await AnalyzeAsync(file, members);
            var found = Conflicts(report, story.Key, parts[story.First().Topic]);
            if (pairs is not null)
            {
                PairRow.Write(pairs, analysis, story.Key, parts[story.First().Topic], "unchanged", null);
            }

            unchanged.AddRange(found);
            foreach (var conflict in found)
            {
                readable.AppendLine(conflict.Readable(judgements));
            }
        }

        await File.WriteAllTextAsync(Path.Combine(outDir, $"unchanged-conflicts-{part}.txt"), readable.ToString());

        var results = new List<(PlantedChange Change, bool Found, int Extra)>();
        var missed = new StringBuilder();
        foreach (var change in changes)
        {
            var story = stories.Single(g => g.Key == change.Story).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
            var file = Path.Combine(outDir, change.Part, $"{change.Story}-{change.Number}.jsonl");
            var changed = story.Select(a => a.Id == change.Article ? a with { Text = PlantedChangeGenerator.Apply(a, change) } : a).ToList();
            Write(file, changed);
            var (report, analysis) = await AnalyzeAsync(file, changed);
            var changedId = ArticleId(report, change.Article);
            if (pairs is not null)
            {
                PairRow.Write(pairs, analysis, change.Story, change.Part, $"{change.Story}-{change.Number}", (changedId, change));
            }

            var conflicts = Conflicts(report, change.Story, change.Part);
            var found = conflicts.Any(c => c.Sides.Any(s => s.Articles.Contains(changedId) && s.Texts.Any(t => t.Contains(change.Replacement, StringComparison.Ordinal)))
                && c.Sides.Any(s => s.Articles.Any(a => a != changedId)));
            results.Add((change, found, conflicts.Count));
            if (pairs is not null)
            {
                var byId = story.ToDictionary(a => a.Id, StringComparer.Ordinal);
                var changedText = PlantedChangeGenerator.Apply(byId[change.Article], change);
                var sentence = SentenceAround(changedText, change.Start);
                var witnesses = change.Witnesses.Select(w => string.Join(" // ", SentencesWith(byId[w].Text, change.Original))).ToList();
                await File.AppendAllTextAsync(pairsFile + ".changes", $"{change.Story}-{change.Number}\t{change.Kind}\t{change.Original}\t{change.Replacement}\t{(found ? 1 : 0)}\t{sentence}\t{string.Join(" ## ", witnesses)}\n");
            }

            if (!found)
            {
                missed.AppendLine($"{change.Story}-{change.Number} {change.Kind} {change.Article} '{change.Original}' -> '{change.Replacement}' ({change.Key}; witnesses {string.Join(",", change.Witnesses)})");
                missed.Append(Explain(analysis, changedId, change));
            }
        }

        await File.WriteAllTextAsync(Path.Combine(outDir, $"missed-{part}.txt"), missed.ToString());
        PrintRecall(output, results);
        PrintUnchanged(output, unchanged, judgements);
        return 0;
    }

    private static void PrintRecall(TextWriter output, List<(PlantedChange Change, bool Found, int Extra)> results)
    {
        output.WriteLine();
        output.WriteLine("  recall of planted changes");
        output.WriteLine("  part      kind      planted   found   recall");
        foreach (var group in results.GroupBy(r => (r.Change.Part, r.Change.Kind)).OrderBy(g => g.Key.Part).ThenBy(g => g.Key.Kind))
        {
            output.WriteLine(Invariant($"  {group.Key.Part,-9} {group.Key.Kind,-9} {group.Count(),7} {group.Count(r => r.Found),7} {Share(group.Count(r => r.Found), group.Count()),8}"));
        }

        foreach (var group in results.GroupBy(r => r.Change.Part).OrderBy(g => g.Key))
        {
            output.WriteLine(Invariant($"  {group.Key,-9} {"all",-9} {group.Count(),7} {group.Count(r => r.Found),7} {Share(group.Count(r => r.Found), group.Count()),8}"));
        }
    }

    private static void PrintUnchanged(TextWriter output, List<ReportedConflict> conflicts, Judgements judgements)
    {
        output.WriteLine();
        output.WriteLine("  conflicts reported on unchanged stories (hand judgements from planted-judgements.tsv)");
        output.WriteLine("  part      field       kind            reported   real   junk   unjudged");
        foreach (var group in conflicts.GroupBy(c => (c.Part, c.Field, c.Kind)).OrderBy(g => g.Key.Part).ThenBy(g => g.Key.Field).ThenBy(g => g.Key.Kind))
        {
            var (real, junk) = Count(group, judgements);
            output.WriteLine(Invariant($"  {group.Key.Part,-9} {group.Key.Field,-11} {group.Key.Kind,-15} {group.Count(),8} {real,6} {junk,6} {group.Count() - real - junk,10}"));
        }

        foreach (var group in conflicts.GroupBy(c => c.Part).OrderBy(g => g.Key))
        {
            var (real, junk) = Count(group, judgements);
            output.WriteLine(Invariant($"  {group.Key,-9} {"all",-11} {"",-15} {group.Count(),8} {real,6} {junk,6} {group.Count() - real - junk,10}   real share of judged: {Share(real, real + junk)}"));
        }
    }

    private static (int Real, int Junk) Count(IEnumerable<ReportedConflict> conflicts, Judgements judgements)
    {
        var real = 0;
        var junk = 0;
        foreach (var conflict in conflicts)
        {
            switch (judgements.Find(conflict.Key))
            {
                case "real":
                    real++;
                    break;
                case "junk":
                    junk++;
                    break;
            }
        }

        return (real, junk);
    }

    private static string Share(int part, int whole) => whole == 0 ? "-" : (part / (double)whole).ToString("P1", CultureInfo.InvariantCulture);

    private static void Write(string file, IEnumerable<SourceArticle> articles)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using var stream = File.Create(file);
        foreach (var article in articles)
        {
            using (var json = new Utf8JsonWriter(stream))
            {
                json.WriteStartObject();
                json.WriteString("id", article.Id);
                json.WriteString("title", article.Title);
                json.WriteString("text", article.Text);
                json.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }
    }

    /// <summary>
    /// What <c>corroborate analyze FILE --format json</c> prints for the story: the same stages and writer, fed the
    /// file's articles as documents. (Read through the CLI, a JSON Lines file whose first line is longer than the
    /// reader's 4 KB sniffing window is taken for plain text: issue 14, fixed on the reliability branch.)
    /// </summary>
    private static async Task<(JsonDocument Json, AnalysisReport Report)> AnalyzeAsync(string file, IEnumerable<SourceArticle> articles)
    {
        await using var store = await SqliteArticleStore.OpenAsync(":memory:");
        var pipeline = new IngestPipeline(store);
        var documents = articles.Select((a, i) => new SourceDocument { Source = $"{file}:{i + 1}", ExternalId = a.Id, Title = a.Title, Text = a.Text }).ToList();
        var read = await pipeline.IngestDocumentsAsync(documents);
        var unique = read.DistinctBy(a => a.ContentHash).ToImmutableArray();
        var report = new AnalysisReport(unique, []) { Stories = StoryReports.Build(pipeline.Stories.Stories(), unique.ToDictionary(a => a.Id, StringComparer.Ordinal), corroborator: Corroborator) };
        using var output = new MemoryStream();
        JsonReportWriter.Write(output, report);
        return (JsonDocument.Parse(output.ToArray()), report);
    }

    /// <summary>Where the changed words ended up: the claim holding them, each sentence with its values and slots.</summary>
    private static string Explain(AnalysisReport analysis, string changedId, PlantedChange change)
    {
        var text = new StringBuilder();
        var external = analysis.Articles.ToDictionary(a => a.Id, a => a.ExternalId ?? a.Id, StringComparer.Ordinal);
        foreach (var story in analysis.Stories)
        {
            foreach (var claim in story.Corroboration?.Claims ?? [])
            {
                if (!claim.Mentions.Any(m => m.ArticleId == changedId && m.Text.Contains(change.Replacement, StringComparison.Ordinal)))
                {
                    continue;
                }

                text.AppendLine($"   claim {claim.Id} ({claim.Mentions.Length} sentences, {claim.Conflicts.Length} conflicts)");
                foreach (var mention in claim.Mentions)
                {
                    text.AppendLine($"   - {external[mention.ArticleId]}{(mention.ArticleId == changedId ? "*" : "")}: {mention.Text}");
                    foreach (var value in mention.Values.Where(v => v.Field != "item"))
                    {
                        text.AppendLine($"       {value.Field} {value.Key} = {value.Value} [{value.Text}] pred={value.Slot?.Predicate} supposed={value.Slot?.Supposed} people={string.Join(",", mention.People)}");
                    }
                }
            }
        }

        return text.Length == 0 ? "   (no claim holds the changed sentence)\n" : text.ToString();
    }

    private static string ArticleId(JsonDocument report, string externalId) =>
        report.RootElement.GetProperty("articles").EnumerateArray().First(a => a.GetProperty("externalId").GetString() == externalId).GetProperty("id").GetString()!;

    private static List<ReportedConflict> Conflicts(JsonDocument report, string story, string part)
    {
        var external = report.RootElement.GetProperty("articles").EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("externalId").GetString() ?? "?", StringComparer.Ordinal);
        var found = new List<ReportedConflict>();
        foreach (var reported in report.RootElement.GetProperty("stories").EnumerateArray())
        {
            foreach (var claim in reported.GetProperty("claims").EnumerateArray())
            {
                var mentions = claim.GetProperty("mentions").EnumerateArray()
                    .Select(m => $"{external.GetValueOrDefault(m.GetProperty("article").GetString()!, "?")}: {m.GetProperty("text").GetString()}").ToList();
                foreach (var conflict in claim.GetProperty("conflicts").EnumerateArray())
                {
                    var sides = conflict.GetProperty("values").EnumerateArray().Select(v => new ConflictSide(
                        v.GetProperty("value").GetString()!,
                        [.. v.GetProperty("articles").EnumerateArray().Select(a => a.GetString()!)],
                        [.. v.GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("text").GetString()!)],
                        [.. v.GetProperty("articles").EnumerateArray().Select(a => external.GetValueOrDefault(a.GetString()!, "?"))])).ToList();
                    found.Add(new ReportedConflict(part, story, conflict.GetProperty("field").GetString()!,
                        conflict.TryGetProperty("kind", out var kind) ? kind.GetString()! : "-",
                        conflict.GetProperty("description").GetString()!, sides, mentions));
                }
            }
        }

        return found;
    }

    private static string SentenceAround(string text, int position)
    {
        var start = text.LastIndexOfAny(['.', '\n'], Math.Max(0, position - 1)) + 1;
        var end = text.IndexOfAny(['.', '\n'], position);
        return text[start..(end < 0 ? text.Length : end)].Trim().Replace('\t', ' ');
    }

    private static IEnumerable<string> SentencesWith(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            yield return SentenceAround(text, at);
        }
    }

    private static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record ConflictSide(string Value, IReadOnlyList<string> Articles, IReadOnlyList<string> Texts, IReadOnlyList<string> ExternalIds);

    private sealed record ReportedConflict(string Part, string Story, string Field, string Kind, string Description, IReadOnlyList<ConflictSide> Sides, IReadOnlyList<string> Mentions)
    {
        /// <summary>Story, field and each side's value and articles (by the corpus's ids): no text of the corpus, so it may live in the repository.</summary>
        public string Key => $"{Story}\t{Field}\t{string.Join(" | ", Sides.Select(s => s.Value + " @ " + string.Join(",", s.ExternalIds.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal))}";

        public string Readable(Judgements judgements)
        {
            var text = new StringBuilder();
            text.AppendLine($"== {Key}\t[{judgements.Find(Key) ?? "unjudged"}] kind {Kind}");
            text.AppendLine($"   {Description}");
            foreach (var mention in Mentions)
            {
                text.AppendLine($"   - {mention}");
            }

            return text.ToString();
        }
    }

    /// <summary>Hand judgements of conflicts on unchanged stories: key (story, field, sides) → real or junk, with a note.</summary>
    private sealed class Judgements(Dictionary<string, string> verdicts)
    {
        public static Judgements Load()
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Planted", "planted-judgements.tsv");
            var verdicts = new Dictionary<string, string>(StringComparer.Ordinal);
            if (File.Exists(path))
            {
                foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#'))
                {
                    var cells = line.Split('\t');
                    if (cells.Length >= 4)
                    {
                        verdicts[string.Join('\t', cells[..3])] = cells[3];
                    }
                }
            }

            return new Judgements(verdicts);
        }

        /// <summary>
        /// The verdict on this conflict, or on one with the same story, field and values whose sides hold other articles
        /// (a side gains an article when a rule change links one more sentence: still the same discrepancy).
        /// </summary>
        public string? Find(string key)
        {
            if (verdicts.GetValueOrDefault(key) is { } verdict)
            {
                return verdict;
            }

            var values = ValuesOf(key);
            return verdicts.Where(v => ValuesOf(v.Key) == values).Select(v => v.Value).FirstOrDefault();
        }

        private static string ValuesOf(string key)
        {
            var cells = key.Split('\t');
            return cells.Length < 3 ? key : cells[0] + "\t" + cells[1] + "\t" + string.Join(" | ", cells[2].Split(" | ").Select(s => s.Split(" @ ")[0]).Order(StringComparer.Ordinal));
        }
    }
}
