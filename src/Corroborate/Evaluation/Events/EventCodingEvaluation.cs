using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using Corroborate.Events;

namespace Corroborate.Evaluation.Events;

/// <summary>
/// Scores the coder on a PETRARCH validation file (PETR.UnitTest.records.xml): each record's sentence TEXT is coded
/// (the parse trees in the file are never read) and compared with its expected codings. Records testing malformed
/// parse trees (<c>error="bad_input_parse"</c>) do not apply to a coder that reads text and are left out; other
/// error and <c>noevents</c> records expect no coding.
/// </summary>
internal static class EventCodingEvaluation
{
    /// <summary>
    /// The dictionaries a validation file names in its &lt;Environment&gt; (Verbfile, Actorfile, Agentfile, Discardfile),
    /// looked for in <paramref name="directory"/>, else beside the file, else in a sibling "dictionaries" folder.
    /// </summary>
    public static EventDictionaries DictionariesFor(string path, string? directory = null)
    {
        var environment = XDocument.Load(path).Root?.Element("Environment");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        string? Find(string element)
        {
            var name = ((string?)environment?.Element(element))?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                return null;
            }

            return new[] { directory, folder, Path.Combine(folder, "..", "dictionaries") }
                .Where(d => d is not null).Select(d => Path.Combine(d!, name)).FirstOrDefault(File.Exists);
        }

        var verbs = Find("Verbfile") ?? throw new FileNotFoundException($"The verb dictionary named in {path} was not found; give --dictionaries DIR.");
        return EventDictionaries.FromFiles(verbs, Find("Actorfile"), Find("Agentfile"), Find("Discardfile"));
    }

    public static IReadOnlyList<ValidationRecord> ReadRecords(string path)
    {
        var document = XDocument.Load(path);
        var records = new List<ValidationRecord>();
        foreach (var sentence in document.Descendants("Sentence"))
        {
            var codings = sentence.Elements("EventCoding").ToList();
            if (codings.Exists(c => (string?)c.Attribute("error") == "bad_input_parse"))
            {
                continue;
            }

            var expected = codings.Where(c => c.Attribute("eventcode") is not null)
                .Select(c => $"{(string?)c.Attribute("sourcecode")} {(string?)c.Attribute("targetcode")} {(string?)c.Attribute("eventcode")}".ToUpperInvariant())
                .Distinct().ToImmutableArray();
            var text = string.Join(' ', ((string?)sentence.Element("Text") ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var dateText = (string?)sentence.Attribute("date");
            DateOnly? date = DateOnly.TryParseExact(dateText?.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            records.Add(new ValidationRecord((string?)sentence.Attribute("id") ?? "", (string?)sentence.Attribute("category") ?? "", date, text, expected));
        }

        return records;
    }

    public static IReadOnlyList<ValidationResult> Run(EventCoder coder, IReadOnlyList<ValidationRecord> records) =>
        [.. records.Select(r => new ValidationResult(r, [.. coder.Code(r.Text, r.Date).Select(c => $"{c.Source.Code} {c.Target.Code} {c.Code}").Distinct()]))];

    /// <summary>Per category and overall: records, share with all expected codings, share with extra codings, share exact.</summary>
    public static IEnumerable<(string Category, int Records, double AllExpected, double WithExtra, double Exact)> Summarise(IReadOnlyList<ValidationResult> results)
    {
        static (string, int, double, double, double) Row(string name, IReadOnlyCollection<ValidationResult> rows) =>
            (name, rows.Count, Share(rows, r => r.AllExpected), Share(rows, r => r.HasExtra), Share(rows, r => r.Exact));

        foreach (var group in results.GroupBy(r => r.Record.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            yield return Row(group.Key, [.. group]);
        }

        yield return Row("ALL", [.. results]);
    }

    private static double Share(IReadOnlyCollection<ValidationResult> rows, Func<ValidationResult, bool> test) =>
        rows.Count == 0 ? 0 : rows.Count(test) / (double)rows.Count;
}
