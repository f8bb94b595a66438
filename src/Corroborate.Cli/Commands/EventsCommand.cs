using System.CommandLine;
using Corroborate.Reporting;
using System.Globalization;
using System.Text.Json;
using Corroborate.Events;
using Corroborate.Model;
using Corroborate.Text;
using Corroborate.Evaluation.Events;

namespace Corroborate.Cli.Commands;

/// <summary>
/// <c>corroborate events IN.jsonl</c>: codes each line's text (<c>{ "id", "text", "date" }</c>) sentence by sentence
/// into CAMEO events, writing <c>{ "id", "events": [ { "source", "target", "code", "verb", "confidence" } ] }</c> per line
/// (<c>--format csv</c>: one row per coding with the same fields; <c>text</c>: one readable line per coding);
/// <c>corroborate eval events RECORDS.xml</c>: scores the coder on a PETRARCH validation file.
/// </summary>
internal static class EventsCommand
{
    public static Option<string?> Dictionaries() => new("--dictionaries")
    {
        Description = "A folder of PETRARCH dictionaries (*verbs*/CAMEO*, *actors*, *agents*, *discards*) to use instead of the built-in ones.",
    };

    public static Option<bool> NamedActors() => new("--named-actors")
    {
        Description = "Add Phoenix's actor dictionaries (bundled: office-holders with dated codes, IGOs, NGOs, armed groups) to the built-in ones. "
            + "Off by default: on the PLOVER development half they add as many wrong codings as right ones (docs/events.md).",
    };

    /// <summary>The dictionaries a command codes with: a user's folder, else the built-in set, with Phoenix's named actors when asked for.</summary>
    private static EventDictionaries Choose(string? folder, bool namedActors) =>
        folder is not null ? EventDictionaries.FromDirectory(folder, gazetteer: Corroborate.Extraction.Gazetteer.Default)
        : namedActors ? EventDictionaries.WithNamedActors : EventDictionaries.Default;

    public static Option<double?> MinConfidence() => new("--min-confidence")
    {
        Description = "Leave out codings below this confidence (0-1). Default: 0.62 with the built-in dictionaries (cross-validated on PLOVER), none with --dictionaries.",
    };

    public static Option<bool> NoGate() => new("--no-gate")
    {
        Description = "Keep the event codings the minimum-evidence gate (Resources/Events/coding-gate.tsv) would leave out. The gate is on by default with the built-in dictionaries.",
    };

    private static EventCoderOptions Options(ParseResult parsed, Option<double?> minConfidence, Option<bool> noGate) =>
        new() { MinConfidence = parsed.GetValue(minConfidence), Gate = parsed.GetValue(noGate) ? false : null };

    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("file") { Description = "JSON Lines with id, text and date (yyyy-MM-dd), or - for standard input." };
        var dictionaries = Dictionaries();
        var minConfidence = MinConfidence();
        // JSON Lines stays the default: scripts read it today.
        var format = CommonOptions.Format("json", "text", "csv");
        var noGate = NoGate();
        var evidence = new Option<bool>("--evidence")
        {
            Description = "JSON: give each coding its evidence features (CodingFeatures) and the gate's score, for studying what tells right codings from wrong.",
        };
        var namedActors = NamedActors();
        var command = new Command("events", "Code each text into CAMEO events: source and target actor codes and the event code.") { input, dictionaries, namedActors, minConfidence, format, noGate, evidence };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            EventCoder coder;
            try
            {
                coder = new EventCoder(Choose(parsed.GetValue(dictionaries), parsed.GetValue(namedActors)), Options(parsed, minConfidence, noGate));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                await console.Error.WriteLineAsync($"corroborate: {e.Message}").ConfigureAwait(false);
                return ExitCodes.InputsFailed;
            }

            var path = parsed.GetValue(input)!;
            var failed = 0;
            var chosen = parsed.GetValue(format);
            if (chosen == "csv")
            {
                await console.Out.WriteAsync(Csv([CsvHeader])).ConfigureAwait(false);
            }

            try
            {
                using var reader = path == "-" ? new StreamReader(Console.OpenStandardInput()) : File.OpenText(path);
                var lineNumber = 0;
                while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
                {
                    lineNumber++;
                    if (string.IsNullOrWhiteSpace(line))
                    {
                        continue;
                    }

                    if (!TryRead(line, out var id, out var text, out var date))
                    {
                        failed++;
                        await console.Error.WriteLineAsync($"corroborate: {path}:{lineNumber}: not a JSON object with a text").ConfigureAwait(false);
                        continue;
                    }

                    var codings = CodeText(coder, text, date);
                    switch (chosen)
                    {
                        case "csv":
                            await console.Out.WriteAsync(Csv(codings.Select(c => CsvRow(id, text, c)))).ConfigureAwait(false);
                            break;
                        case "text":
                            foreach (var coding in codings)
                            {
                                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                                    $"{ArticlesCommand.Plain(id)}  {coding.Source.Code} {coding.Code} {coding.Target.Code}  \"{ArticlesCommand.Plain(text[coding.VerbStart..coding.VerbEnd])}\"  {coding.Confidence:F2}")).ConfigureAwait(false);
                            }

                            break;
                        default:
                            await console.Out.WriteLineAsync(Write(id, text, codings, parsed.GetValue(evidence))).ConfigureAwait(false);
                            break;
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"corroborate: {e.Message}").ConfigureAwait(false);
                return ExitCodes.InputsFailed;
            }

            return failed == 0 ? ExitCodes.Success : ExitCodes.InputsFailed;
        });
        return command;
    }

    public static Command CreateEval(CliConsole console)
    {
        var file = new Argument<string>("file")
        {
            Description = "A PETRARCH validation file (PETR.UnitTest.records.xml, its <Environment> names the dictionaries) or PLOVER gold records (PLOVER_GSR_CAMEO.json).",
        };
        var dictionaries = Dictionaries();
        var namedActors = NamedActors();
        var minConfidence = MinConfidence();
        var noGate = NoGate();
        var failures = new Option<bool>("--failures") { Description = "List the records not coded exactly, with expected and produced codings (PLOVER: of the chosen --split only)." };
        var mapping = new Option<string?>("--mapping") { Description = "PLOVER: the CAMEO-to-PLOVER table (default: CAMEO2PLOVER-2021.txt beside the records)." };
        var split = new Option<string>("--split")
        {
            Description = "PLOVER: the half scored (and listed by --failures): dev (default), held-out or all (every half). "
                + "The held-out half is for measuring once per configuration, so it is printed only when asked for.",
            DefaultValueFactory = _ => "dev",
        };
        split.AcceptOnlyFromAmong("dev", "held-out", "all");
        var calibrate = new Option<bool>("--calibrate")
        {
            Description = "PLOVER: code the development half with no minimum confidence and print how often each kind of evidence was right, "
                + "and the minimum chosen by 5-fold cross-validation (what Resources/Events/coding-confidence.tsv holds). Scores nothing else.",
        };
        var evidence = new Option<bool>("--evidence")
        {
            Description = "PLOVER: print one tab-separated line per coding of the development half (its fold, kind of evidence, verb, block, routes, "
                + "distances, clause, mood, and whether its category was right), for studying what tells right codings from wrong. Scores nothing else.",
        };
        var command = new Command("events", "Score the event coder: PETRARCH unit records (per category: all expected, with extra, exact) or PLOVER gold records (precision, recall, extra codings).")
        {
            file, dictionaries, namedActors, failures, mapping, split, calibrate, evidence, minConfidence, noGate,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var path = parsed.GetValue(file)!;
            try
            {
                if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    if (parsed.GetValue(evidence))
                    {
                        // The gate is studied here, so nothing is gated.
                        return await PrintPloverEvidence(console, path, Choose(parsed.GetValue(dictionaries), parsed.GetValue(namedActors)), parsed.GetValue(mapping), Options(parsed, minConfidence, noGate) with { Gate = false }).ConfigureAwait(false);
                    }

                    return parsed.GetValue(calibrate)
                        ? await CalibratePlover(console, path, Choose(parsed.GetValue(dictionaries), parsed.GetValue(namedActors)), parsed.GetValue(mapping)).ConfigureAwait(false)
                        : await EvaluatePlover(console, path, Choose(parsed.GetValue(dictionaries), parsed.GetValue(namedActors)), parsed.GetValue(mapping), parsed.GetValue(split)!, parsed.GetValue(failures),
                            Options(parsed, minConfidence, noGate)).ConfigureAwait(false);
                }

                var coder = new EventCoder(EventCodingEvaluation.DictionariesFor(path, parsed.GetValue(dictionaries)), Options(parsed, minConfidence, noGate));
                var results = EventCodingEvaluation.Run(coder, EventCodingEvaluation.ReadRecords(path));
                if (parsed.GetValue(failures))
                {
                    foreach (var result in results.Where(r => !r.Exact))
                    {
                        await console.Out.WriteLineAsync($"{result.Record.Id}: expected [{string.Join("; ", result.Record.Expected)}] produced [{string.Join("; ", result.Produced)}]  {result.Record.Text}").ConfigureAwait(false);
                    }
                }

                await console.Out.WriteLineAsync("category    records  all-expected  with-extra  exact").ConfigureAwait(false);
                foreach (var (category, records, all, extra, exact) in EventCodingEvaluation.Summarise(results))
                {
                    await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{category,-11} {records,7}  {all,12:P1}  {extra,10:P1}  {exact,5:P1}")).ConfigureAwait(false);
                }

                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Xml.XmlException or JsonException or InvalidDataException)
            {
                await console.Error.WriteLineAsync($"corroborate: {e.Message}").ConfigureAwait(false);
                return ExitCodes.InputsFailed;
            }
        });
        return command;
    }

    private static async Task<int> EvaluatePlover(CliConsole console, string path, EventDictionaries dictionaries, string? mappingPath, string split, bool failures, EventCoderOptions options)
    {
        mappingPath ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", "CAMEO2PLOVER-2021.txt");
        var categories = PloverCategories.Read(mappingPath);
        var coder = new EventCoder(dictionaries, options);
        var sentences = PloverEvaluation.ReadSentences(path);
        var chosen = split switch { "held-out" => PloverSplit.HeldOut, "all" => PloverSplit.All, _ => PloverSplit.Development };
        if (failures)
        {
            foreach (var result in PloverEvaluation.Run(coder, categories, PloverEvaluation.Select(sentences, chosen)))
            {
                if (result.Codings.All(c => c.ActorsRight || c.Category is null) && result.FoundActors == result.Sentence.Events.Length)
                {
                    continue;
                }

                var gold = string.Join("; ", result.Sentence.Events.Select(e => $"{string.Join('/', e.Sources.Select(a => a.Code))} {string.Join('/', e.Targets.Select(a => a.Code))} {e.Category}"));
                var produced = string.Join("; ", result.Codings.Select(c => $"{c.Coding.Source.Code} {c.Coding.Target.Code} {c.Coding.Code}={c.Category ?? "-"}{(c.ActorsRight ? "" : c.CategoryRight ? " (actors)" : " (wrong)")}"));
                await console.Out.WriteLineAsync($"{result.Sentence.Id}: gold [{gold}] produced [{produced}]  {result.Sentence.Text}").ConfigureAwait(false);
            }
        }

        await console.Out.WriteLineAsync("part     sentences events  coded  codings  precision(cat)  precision(cat+actors)  recall(cat)  recall(cat+actors)  extra(cat)  extra(cat+actors)  not-PLOVER").ConfigureAwait(false);
        (string Name, PloverSplit Part)[] parts = [("dev", PloverSplit.Development), ("held-out", PloverSplit.HeldOut), ("all", PloverSplit.All)];
        foreach (var (name, part) in parts.Where(p => chosen == PloverSplit.All || p.Part == chosen))
        {
            var s = PloverEvaluation.Score(PloverEvaluation.Run(coder, categories, PloverEvaluation.Select(sentences, part)));
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{name,-9} {s.Sentences,8} {s.Events,6}  {s.CodedSentences,5}  {s.Codings,7}  {s.CategoryPrecision,14:F3}  {s.ActorPrecision,21:F3}  {s.CategoryRecall,11:F3}  {s.ActorRecall,18:F3}  {s.ExtraCategoryShare,10:P1}  {s.ExtraActorShare,17:P1}  {s.Unmapped,10}")).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    /// <summary>The development half only: the held-out half is measured, never studied.</summary>
    private static async Task<int> PrintPloverEvidence(CliConsole console, string path, EventDictionaries dictionaries, string? mappingPath, EventCoderOptions options)
    {
        mappingPath ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", "CAMEO2PLOVER-2021.txt");
        var categories = PloverCategories.Read(mappingPath);
        var coder = new EventCoder(dictionaries, options);
        var development = PloverEvaluation.Select(PloverEvaluation.ReadSentences(path), PloverSplit.Development);
        await console.Out.WriteLineAsync("id\tfold\tkind\tcode\tcategory\tright\tverb\tblock\tsense\tsource_route\ttarget_route\tpreposition\tsource_distance\ttarget_distance\tclause\tpassive\tmood\tconfidence\tgate\t" + string.Join('\t', CodingFeatures.Names)).ConfigureAwait(false);
        foreach (var result in PloverEvaluation.Run(coder, categories, development))
        {
            foreach (var c in result.Codings)
            {
                if (c.Coding.Evidence is not { } e)
                {
                    continue;
                }

                var fold = PloverEvaluation.Fnv(result.Sentence.Id) % 5;
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{result.Sentence.Id}\t{fold}\t{CodingConfidence.KindOf(e).ToString().ToLowerInvariant()}\t{c.Coding.Code}\t{c.Category ?? "-"}\t{(c.Category is null ? "-" : c.CategoryRight ? "1" : "0")}\t{e.Verb?.Lemma}\t{e.Verb?.Block.Name}\t{CodingConfidence.SenseOf(e).ToString().ToLowerInvariant()}\t{e.SourceRoute}\t{e.TargetRoute}\t{e.TargetPreposition ?? "-"}\t{e.SourceDistance}\t{e.TargetDistance}\t{e.Clause}\t{(e.Passive ? 1 : 0)}\t{e.Mood}\t{c.Coding.Confidence:F2}\t{c.Coding.GateScore:F3}\t{string.Join('\t', c.Coding.Features)}")).ConfigureAwait(false);
            }
        }

        return ExitCodes.Success;
    }

    private static async Task<int> CalibratePlover(CliConsole console, string path, EventDictionaries dictionaries, string? mappingPath)
    {
        mappingPath ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", "CAMEO2PLOVER-2021.txt");
        var categories = PloverCategories.Read(mappingPath);
        var coder = new EventCoder(dictionaries, new EventCoderOptions { MinConfidence = 0, Gate = false });
        var development = PloverEvaluation.Select(PloverEvaluation.ReadSentences(path), PloverSplit.Development);
        var calibration = ConfidenceCalibration.Run(PloverEvaluation.Run(coder, categories, development));
        await console.Out.WriteLineAsync("evidence   right  codings  confidence").ConfigureAwait(false);
        foreach (var count in calibration.Counts)
        {
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{count.Kind.ToString().ToLowerInvariant(),-9} {count.Right,6} {count.Codings,8} {count.Confidence,11:F2}")).ConfigureAwait(false);
        }

        foreach (var fold in calibration.Folds)
        {
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"fold {fold.Fold}: keeps {string.Join('+', fold.Kept.Select(k => k.ToString().ToLowerInvariant()))} (chosen on the other folds): {fold.Right} of {fold.Codings} right")).ConfigureAwait(false);
        }

        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"cross-validated precision {calibration.HeldPrecision:F3} ({calibration.HeldRight} of {calibration.HeldCodings}); on all development sentences: keep {string.Join('+', calibration.Kept.Select(k => k.ToString().ToLowerInvariant()))}, minimum {calibration.Minimum:F2} (shipped: {CodingConfidence.Minimum:F2})")).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>Codes every sentence of a text.</summary>
    public static List<EventCoding> CodeText(EventCoder coder, string text, DateOnly? date)
    {
        var codings = new List<EventCoding>();
        foreach (var sentence in SentenceSplitter.Default.Split(text, new TextSpan(0, text.Length)))
        {
            codings.AddRange(coder.Code(text, sentence.Start, sentence.End, date, null));
        }

        return codings;
    }

    private static bool TryRead(string line, out string id, out string text, out DateOnly? date)
    {
        (id, text, date) = ("", "", null);
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            text = t.GetString()!;
            id = root.TryGetProperty("id", out var i) ? i.ValueKind == JsonValueKind.String ? i.GetString()! : i.GetRawText() : "";
            if (root.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String && d.GetString() is { Length: >= 8 } value)
            {
                var digits = value.Replace("-", "", StringComparison.Ordinal);
                date = DateOnly.TryParseExact(digits[..Math.Min(8, digits.Length)], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedDate) ? parsedDate : null;
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static readonly string?[] CsvHeader = ["id", "source", "target", "code", "verb", "confidence"];

    /// <summary>The columns of the JSON Lines output, one row per coding (a text with no coding writes no row).</summary>
    private static string?[] CsvRow(string id, string text, EventCoding coding) =>
    [
        id, coding.Source.Code, coding.Target.Code, coding.Code, text[coding.VerbStart..coding.VerbEnd],
        Math.Round(coding.Confidence, 2).ToString(CultureInfo.InvariantCulture),
    ];

    private static string Csv(IEnumerable<string?[]> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        CsvExport.WriteTable(writer, rows);
        return writer.ToString();
    }

    private static string Write(string id, string text, List<EventCoding> codings, bool evidence)
    {
        using var buffer = new MemoryStream();
        using (var json = ContractJson.Open(buffer, indented: false))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteStartArray("events");
            foreach (var coding in codings)
            {
                json.WriteStartObject();
                json.WriteString("source", coding.Source.Code);
                json.WriteString("target", coding.Target.Code);
                json.WriteString("code", coding.Code);
                json.WriteString("verb", text[coding.VerbStart..coding.VerbEnd]);
                json.WriteNumber("confidence", Math.Round(coding.Confidence, 2));
                if (evidence)
                {
                    json.WriteNumber("gate", Math.Round(coding.GateScore, 3));
                    json.WriteStartObject("features");
                    for (var i = 0; i < coding.Features.Count && i < CodingFeatures.Names.Count; i++)
                    {
                        json.WriteNumber(CodingFeatures.Names[i], coding.Features[i]);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
