using System.Globalization;
using System.Text;
using Corroborate.Ingest;

namespace Corroborate.Extraction;

/// <summary>
/// Reads a CountryInfo-style file (tagged blocks: <c>&lt;Country&gt;</c> with <c>&lt;CountryCode&gt;</c>,
/// <c>&lt;CountryName&gt;</c>, <c>&lt;Nationality&gt;</c>, <c>&lt;Capital&gt;</c>, <c>&lt;MajorCities&gt;</c>, one
/// NAME_WITH_UNDERSCORES_ per line, <c>#</c> comments) into gazetteer rows. The file stays where the
/// user keeps it: such dictionaries carry licences that bar copying them into this repository.
/// </summary>
internal static class CountryInfoReader
{
    /// <summary>Rows in the gazetteer's column order: iso3, cameo, name, variants, demonyms, capital, cities.</summary>
    public static IEnumerable<string> ReadRows(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path, Encoding.Latin1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, e.Message, inner: e);
        }

        var rows = new List<string>();
        Dictionary<string, List<string>>? country = null;
        string? open = null;
        for (var number = 0; number < lines.Length; number++)
        {
            var line = lines[number];
            var hash = line.IndexOf('#');
            var content = (hash >= 0 ? line[..hash] : line).Trim();
            if (content.Length == 0)
            {
                continue;
            }

            if (content == "<Country>")
            {
                country = [];
                continue;
            }

            if (content == "</Country>" && country is not null)
            {
                if (Row(country) is { } row)
                {
                    rows.Add(row);
                }

                country = null;
                open = null;
                continue;
            }

            if (country is null)
            {
                continue;
            }

            if (content.StartsWith('<') && content.EndsWith('>') && !content.Contains("</", StringComparison.Ordinal))
            {
                open = content.Trim('<', '>');
                continue;
            }

            if (content.StartsWith("</", StringComparison.Ordinal))
            {
                open = null;
                continue;
            }

            var inline = content.IndexOf('>');
            if (content.StartsWith('<') && inline > 0 && content.EndsWith('>'))
            {
                // <Tag>value</Tag> on one line.
                var tag = content[1..inline];
                var value = content[(inline + 1)..content.LastIndexOf("</", StringComparison.Ordinal)];
                Add(country, tag, value);
            }
            else if (open is not null)
            {
                Add(country, open, content.Split('[')[0]);
            }
        }

        return rows;
    }

    private static void Add(Dictionary<string, List<string>> country, string tag, string value)
    {
        var name = Name(value);
        if (name.Length == 0)
        {
            return;
        }

        if (!country.TryGetValue(tag, out var values))
        {
            country[tag] = values = [];
        }

        values.Add(name);
    }

    private static string? Row(Dictionary<string, List<string>> country)
    {
        string First(string tag) => country.TryGetValue(tag, out var v) && v.Count > 0 ? v[0] : "";
        string All(string tag) => country.TryGetValue(tag, out var v) ? string.Join('|', v.Distinct()) : "";
        var code = First("CountryCode").ToUpperInvariant();
        var name = First("CountryName");
        return code.Length != 3 || name.Length == 0
            ? null
            : string.Join('\t', code, code, name, "", All("Nationality"), All("Capital"), All("MajorCities"));
    }

    /// <summary>"SAO_TOME_" → "Sao Tome": underscores to spaces, title case.</summary>
    private static string Name(string value)
    {
        var words = value.Trim().Trim('_').Replace('_', ' ').Trim();
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(words.ToLowerInvariant());
    }
}
