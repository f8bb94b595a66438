using System.Text;

namespace Corroborate.Ingest;

/// <summary>
/// The header row of a CSV or TSV file, read from the first bytes: its column names and the delimiter (comma, tab or
/// semicolon) that splits it most often outside quotes. Only the header is looked at, so a first data row longer
/// than any window (a whole article in one quoted field) does not matter: the header is a short line before it.
/// </summary>
internal sealed record CsvHeader(char Delimiter, IReadOnlyList<string> Names)
{
    private static readonly char[] TabFirst = ['\t', ',', ';'];
    private static readonly char[] CommaFirst = [',', '\t', ';'];

    /// <summary>
    /// The header at the start of <paramref name="head"/> (a byte-order mark skipped), or null when no line break
    /// ends it within <paramref name="head"/> (unless <paramref name="atEnd"/>: the head is the whole input), or it is
    /// not UTF-8. <paramref name="preferTab"/> breaks ties for a <c>.tsv</c> file.
    /// </summary>
    public static CsvHeader? Read(ReadOnlySpan<byte> head, bool atEnd, bool preferTab = false)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        var end = LineEnd(head);
        if (end < 0 && !atEnd)
        {
            return null;
        }

        var line = end < 0 ? head : head[..end];
        if (line.EndsWith("\r"u8))
        {
            line = line[..^1];
        }

        if (line.IsEmpty || !System.Text.Unicode.Utf8.IsValid(line))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(line);
        var delimiter = ChooseDelimiter(text, preferTab);
        return new CsvHeader(delimiter, Split(text, delimiter));
    }

    /// <summary>
    /// Whether the names look like the header of a table of articles, for a file whose name does not say CSV: at
    /// least two short names (no sentence), one naming the article's text and one another article field. Plain text
    /// whose first line happens to hold commas ("Text, photos and video by …") fails the second test.
    /// </summary>
    public bool NamesArticleFields()
    {
        if (Names.Count < 2 || Names.Any(name => name.Length is 0 or > 64 || name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 4 || !name.All(IsNameCharacter)))
        {
            return false;
        }

        var columns = CsvColumns.Map(Names);
        return columns is not null && columns.HasFieldBesidesText;
    }

    private static bool IsNameCharacter(char c) => char.IsLetterOrDigit(c) || c is ' ' or '_' or '-' or '.' or '/';

    /// <summary>The offset of the first line feed outside double quotes, or -1.</summary>
    private static int LineEnd(ReadOnlySpan<byte> bytes)
    {
        var quoted = false;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (bytes[i] == (byte)'\n' && !quoted)
            {
                return i;
            }
        }

        return -1;
    }

    private static char ChooseDelimiter(string line, bool preferTab)
    {
        var best = preferTab ? '\t' : ',';
        var bestCount = 0;
        foreach (var candidate in preferTab ? TabFirst : CommaFirst)
        {
            var count = CountOutsideQuotes(line, candidate);
            if (count > bestCount)
            {
                (best, bestCount) = (candidate, count);
            }
        }

        return best;
    }

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var (count, quoted) = (0, false);
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The header's cells, unquoted (doubled quotes undone) and trimmed.</summary>
    private static List<string> Split(string line, char delimiter)
    {
        var names = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                if (quoted && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (c == delimiter && !quoted)
            {
                names.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        names.Add(cell.ToString().Trim());
        return names;
    }
}
