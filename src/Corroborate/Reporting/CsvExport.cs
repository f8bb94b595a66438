using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Corroborate.Model;
using CsvHelper;

namespace Corroborate.Reporting;

/// <summary>
/// The stories' reports as CSV tables for spreadsheets and scripts (RFC 4180 through CsvHelper): one file per table,
/// a header row, one row per article, entity, quote, claim or event, each naming its story. Lists inside a cell
/// (variants, outlets, articles) are joined with " | ".
/// </summary>
public static class CsvExport
{
    public static ImmutableArray<string> Tables { get; } = ["articles", "entities", "quotes", "claims", "events"];

    /// <summary>Writes <c>TABLE.csv</c> into <paramref name="folder"/> for each table asked for; returns the paths written.</summary>
    /// <param name="gazetteer">The places of the analysis, to locate each event's place (default: the built-in gazetteer).</param>
    public static ImmutableArray<string> Write(string folder, IReadOnlyList<StoryReport> reports, IReadOnlyDictionary<string, Article> articles, IEnumerable<string> tables,
        Extraction.Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(articles);
        Directory.CreateDirectory(folder);
        var written = ImmutableArray.CreateBuilder<string>();
        foreach (var table in tables.Distinct(StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, table + ".csv");
            var rows = table switch
            {
                "articles" => ArticleRows(reports, articles),
                "entities" => EntityRows(reports),
                "quotes" => QuoteRows(reports, articles),
                "claims" => ClaimRows(reports),
                "events" => EventRows(reports, gazetteer ?? Extraction.Gazetteer.Default),
                _ => throw new ArgumentException($"unknown table '{table}' (known: {string.Join(", ", Tables)})", nameof(tables)),
            };
            using (var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                WriteTable(writer, rows);
            }

            written.Add(path);
        }

        return written.ToImmutable();
    }

    /// <summary>Rows (the first is the header) as RFC 4180 CSV; a null cell is an empty field.</summary>
    public static void WriteTable(TextWriter writer, IEnumerable<string?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var csv = CsvWriter.Create(writer, options: null, leaveOpen: true);
        foreach (var row in rows)
        {
            csv.WriteRecord(row!);
        }
    }

    /// <summary>A date as every table writes it (ISO 8601 with its offset), empty when unknown.</summary>
    public static string? Date(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    private static string Join(IEnumerable<string> values) => string.Join(" | ", values);

    private static string?[] Point(Extraction.GeoPoint? point) =>
        [point?.Latitude.ToString(CultureInfo.InvariantCulture), point?.Longitude.ToString(CultureInfo.InvariantCulture)];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<string?[]> ArticleRows(IReadOnlyList<StoryReport> reports, IReadOnlyDictionary<string, Article> articles)
    {
        yield return ["story", "article", "duplicateOf", "outlet", "title", "url", "published", "language", "source"];
        foreach (var report in reports)
        {
            var copies = report.Duplicates.ToDictionary(d => d.Id, d => d.DuplicateOf, StringComparer.Ordinal);
            foreach (var id in report.Articles)
            {
                var article = articles.GetValueOrDefault(id);
                yield return [report.Id, id, copies.GetValueOrDefault(id), article?.Outlet, article?.Title, article?.Url,
                    Date(article?.Published), article?.Language, article?.Source];
            }
        }
    }

    private static IEnumerable<string?[]> EntityRows(IReadOnlyList<StoryReport> reports)
    {
        yield return ["story", "entityId", "id", "name", "type", "mentions", "articles", "variants", "latitude", "longitude"];
        foreach (var report in reports)
        {
            foreach (var entity in report.Extraction?.Entities.Entities ?? [])
            {
                yield return [report.Id, report.EntityIds.GetValueOrDefault(entity.Id), entity.Id, entity.Name, entity.Type.ToString().ToLowerInvariant(),
                    Number(entity.Mentions.Length), Number(entity.Articles.Length), Join(entity.Variants), .. Point(entity.Coordinates)];
            }
        }
    }

    private static IEnumerable<string?[]> QuoteRows(IReadOnlyList<StoryReport> reports, IReadOnlyDictionary<string, Article> articles)
    {
        yield return ["story", "quote", "speaker", "text", "verbatim", "articles", "outlets"];
        foreach (var report in reports)
        {
            foreach (var quote in report.Extraction?.Quotes ?? [])
            {
                var ids = quote.Mentions.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).ToList();
                yield return [report.Id, quote.Id, quote.SpeakerName, quote.Text, quote.Verbatim ? "true" : "false", Join(ids),
                    Join(ids.Select(id => articles.GetValueOrDefault(id)?.Outlet).OfType<string>().Distinct(StringComparer.Ordinal))];
            }
        }
    }

    /// <summary>The header of the claims table.</summary>
    public static string?[] ClaimHeader { get; } = ["story", "claim", "text", "outlets", "independentSources", "outletNames", "articles", "conflicts"];

    /// <summary>One story's rows of the claims table (no header), for commands that write stories as they come.</summary>
    public static IEnumerable<string?[]> ClaimRowsOf(StoryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var claim in report.Corroboration?.Claims ?? [])
        {
            yield return [report.Id, claim.Id, claim.Text, Number(claim.Outlets.Length), Number(claim.IndependentSources), Join(claim.Outlets),
                Join(claim.Articles), Join(claim.Conflicts.Select(c => c.Description))];
        }
    }

    /// <summary>
    /// One story's rows of the claims table from its stored story object (the contract's JSON, as the store keeps it):
    /// the same rows as <see cref="ClaimRowsOf(StoryReport)"/> writes from the analysis, without analysing.
    /// </summary>
    public static IEnumerable<string?[]> ClaimRowsOf(JsonElement story)
    {
        var storyId = story.GetProperty("id").GetString();
        if (!story.TryGetProperty("claims", out var claims))
        {
            yield break;
        }

        foreach (var claim in claims.EnumerateArray())
        {
            yield return [storyId, claim.GetProperty("id").GetString(), claim.GetProperty("text").GetString(), Number(claim.GetProperty("outlets").GetInt32()),
                Number(claim.GetProperty("independentSources").GetInt32()), Join(Strings(claim.GetProperty("outletNames"))), Join(Strings(claim.GetProperty("articles"))),
                Join(claim.GetProperty("conflicts").EnumerateArray().Select(c => c.GetProperty("description").GetString() ?? ""))];
        }
    }

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString() ?? "");

    private static IEnumerable<string?[]> ClaimRows(IReadOnlyList<StoryReport> reports) => [ClaimHeader, .. reports.SelectMany(ClaimRowsOf)];

    private static IEnumerable<string?[]> EventRows(IReadOnlyList<StoryReport> reports, Extraction.Gazetteer gazetteer)
    {
        yield return ["story", "event", "date", "sourceName", "sourceCode", "code", "label", "targetName", "targetCode", "location", "numSources", "numArticles", "numMentions",
            "latitude", "longitude"];
        foreach (var report in reports)
        {
            foreach (var e in report.Events)
            {
                yield return [report.Id, e.Id, e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Source.Name, e.Source.Code, e.Code.Code, e.Code.Label,
                    e.Target.Name, e.Target.Code, e.Location, Number(e.NumSources), Number(e.NumArticles), Number(e.NumMentions),
                    .. Point(e.Location is null ? null : gazetteer.Find(e.Location)?.Coordinates)];
            }
        }
    }
}
