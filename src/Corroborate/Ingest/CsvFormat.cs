using Corroborate.Model;
using CsvHelper;

namespace Corroborate.Ingest;

/// <summary>
/// CSV and TSV tables of articles: a header row naming the columns, one article a row (FNC-1's
/// <c>Body ID,articleBody</c>, a spreadsheet of scraped pages). Recognised by the extension <c>.csv</c>/<c>.tsv</c>,
/// or by a header whose names are article fields (<see cref="CsvHeader.NamesArticleFields"/>). Columns map by name as
/// JSON Lines keys do (<see cref="CsvColumns"/>); the delimiter (comma, tab, semicolon) is taken from the header row.
/// Read through CsvHelper from the stream, one row at a time, so a file of any size is read in bounded memory.
/// <para>
/// What cannot be read is named and the reading goes on, as for JSON Lines: a row whose field count differs from the
/// header's (ragged: its columns cannot be trusted), a row that is not valid UTF-8, a quote never closed (it would
/// swallow the rows after it): each is an error naming the file and line, the other rows are kept. A stray quote
/// inside an unquoted field, or text after a closing quote, is kept as text (CsvHelper's recovery): the row's
/// fields still line up with the header, or the field count says otherwise. Rows with an
/// empty text are skipped and counted in one warning. A file with no text column is refused, naming the columns it
/// has and the names one of them needs. A row longer than <see cref="ReadLimits.MaxDocumentBytes"/> ends the file,
/// named (the rows before it are kept).
/// </para>
/// </summary>
internal sealed class CsvFormat : IDocumentFormat
{
    /// <summary>How far into the file the header row is looked for when choosing the delimiter.</summary>
    private const int HeaderWindow = 1 << 16;

    /// <summary>How many lines of skipped empty rows the warning lists.</summary>
    private const int LinesListed = 10;

    public string Name => "csv";

    public bool Recognizes(ReadOnlySpan<byte> head, string source)
    {
        // A NUL byte is binary, whatever the name says: the plain-text fallback names it as such. Gzip and UTF-16 are
        // left to the reader, which decompresses or transcodes them and asks again with the bytes inside.
        if (head.Contains((byte)0) || head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false;
        }

        if (HasTableExtension(source))
        {
            return true;
        }

        return CsvHeader.Read(head, atEnd: false) is { } header && header.NamesArticleFields();
    }

    public IEnumerable<ReadItem> Read(Stream content, string source, ReadLimits limits, CancellationToken cancellationToken)
    {
        var malformed = new List<CsvMalformedRecord>();
        var (delimiter, legacy) = Sniff(content, source);
        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            Encoding = legacy ? TextDecoder.Windows1252 : null,
            HasHeader = true,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            MaxRecordSize = (int)Math.Min(limits.MaxDocumentBytes, int.MaxValue / 2),
            OnMalformedRecord = malformed.Add,
        };

        using var csv = CsvReader.Create(content, options, leaveOpen: true);
        var columns = Columns(csv, source);
        var emptyLines = new List<long>();
        var emptyCount = 0;
        var rows = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (more, failure) = Advance(csv, source);
            foreach (var record in malformed)
            {
                if (record.Skipped)
                {
                    rows++;
                    yield return Problem(source, record.LineNumber, $"line {record.LineNumber} {Describe(record.Reason, csv.Headers.Count)}; skipped");
                }
            }

            // A quote never closed runs to the end of the input: recovered, that "row" would hold every row after it.
            var unclosed = malformed.Exists(r => !r.Skipped && r.Reason == CsvMalformedReason.UnterminatedQuote && more && r.LineNumber == csv.LineNumber);
            malformed.Clear();
            if (failure is not null)
            {
                throw failure;
            }

            if (!more)
            {
                break;
            }

            rows++;
            var line = csv.LineNumber;
            if (unclosed)
            {
                yield return Problem(source, line, $"line {line}: a quoted field is never closed (it runs to the end of the file); skipped");
                continue;
            }

            if (!System.Text.Unicode.Utf8.IsValid(csv.RawRecord))
            {
                yield return Problem(source, line, $"line {line} is not valid UTF-8; skipped");
                continue;
            }

            var text = Field(csv, columns.Text);
            if (text is null)
            {
                emptyCount++;
                if (emptyLines.Count < LinesListed)
                {
                    emptyLines.Add(line);
                }

                continue;
            }

            foreach (var item in Document(csv, columns, source, line, text))
            {
                yield return item;
            }
        }

        if (emptyCount > 0)
        {
            var listed = string.Join(", ", emptyLines) + (emptyCount > emptyLines.Count ? ", …" : "");
            yield return Problem(source, emptyLines[0],
                $"{emptyCount:N0} {(emptyCount == 1 ? "row" : "rows")} with an empty \"{csv.Headers[columns.Text]}\" skipped (line {listed})");
        }

        if (rows == 0)
        {
            throw new InputException(source, "a header row and no rows of articles");
        }
    }

    /// <summary>Whether the file's name says CSV or TSV (also compressed: the gzip layer is read through before).</summary>
    private static bool HasTableExtension(string source)
    {
        var name = source.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? source[..^3] : source;
        return name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The delimiter of the header row, and whether the file is legacy single-byte text (Windows-1252, as a spreadsheet
    /// on Windows saves it) rather than UTF-8, judged on the first 64 KiB as <see cref="TextDecoder"/> judges a whole
    /// file. CsvHelper's own delimiter detection looks at the first 16 KiB or 32 lines, which one long article in a
    /// quoted field fills; the header row is short and names the columns, so it decides. A null delimiter (CsvHelper
    /// detects) for a stream that cannot be rewound or a header longer than the window.
    /// </summary>
    private static (char? Delimiter, bool Legacy) Sniff(Stream content, string source)
    {
        if (!content.CanSeek)
        {
            return (null, false);
        }

        var start = content.Position;
        var head = new byte[HeaderWindow];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = start;
        var atEnd = read < head.Length;
        var preferTab = source.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || source.EndsWith(".tsv.gz", StringComparison.OrdinalIgnoreCase);
        var legacy = TextDecoder.IsLegacySingleByte(head.AsSpan(0, read), atEnd);
        ReadOnlySpan<byte> headerBytes = legacy ? System.Text.Encoding.UTF8.GetBytes(TextDecoder.Windows1252.GetString(head, 0, read)) : head.AsSpan(0, read);
        return (CsvHeader.Read(headerBytes, atEnd, preferTab)?.Delimiter, legacy);
    }

    private static CsvColumns Columns(CsvReader csv, string source)
    {
        IReadOnlyList<string> headers;
        try
        {
            headers = csv.Headers;
        }
        catch (CsvFormatException e)
        {
            throw new InputException(source, $"the header row cannot be read: {e.Message}", 1, e);
        }

        if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace))
        {
            throw new InputException(source, "no header row (a CSV of articles starts with one naming its columns)");
        }

        return CsvColumns.Map([.. headers.Select(h => h.TrimStart('\uFEFF'))]) ?? throw new InputException(source,
            $"no column holds article text: found {FoundColumns(headers)}; a CSV of articles needs a column named one of {CsvColumns.TextNames} "
            + "(case, spaces and underscores ignored)");
    }

    private static string FoundColumns(IReadOnlyList<string> headers)
    {
        const int shown = 12;
        var names = string.Join(", ", headers.Take(shown).Select(h => InputText.Quote(h, 40)));
        return headers.Count > shown ? $"{headers.Count} columns ({names}, …)" : $"{headers.Count} {(headers.Count == 1 ? "column" : "columns")} ({names})";
    }

    /// <summary>The next row, or the error that ends the file (a row past the size limit, a read that failed).</summary>
    private static (bool More, InputException? Failure) Advance(CsvReader csv, string source)
    {
        try
        {
            return (csv.Read(), null);
        }
        catch (CsvFormatException e)
        {
            var line = e.LineNumber > 0 ? e.LineNumber : (long?)null;
            return (false, new InputException(source, $"{(line is { } l ? $"line {l}: " : "")}{e.Message}; the rows after it are not read", line, e));
        }
    }

    /// <summary>The row's document; with a second item, the problem with a date that was read as unknown.</summary>
    private static ReadItem[] Document(CsvReader csv, CsvColumns columns, string source, long line, string text)
    {
        var title = Field(csv, columns.Title);
        var sourceValue = Field(csv, columns.Source);
        var dateText = Field(csv, columns.Date);
        var published = dateText is null ? null : CsvColumns.ParseDate(dateText);

        // Wire copy often keeps its dateline in the text ("BELGRADE, May 8 (Wire) - …"): taken off as JSON Lines does.
        var dateline = PlainTextHeaderReader.Dateline(text);
        ReadItem document = new SourceDocument
        {
            Source = $"{source}:{line}",
            Text = dateline?.Body.TrimStart() ?? text,
            Removed = dateline is null ? [] : [dateline.Removed],
            ExternalId = Field(csv, columns.Id),
            Url = Field(csv, columns.Url) ?? (sourceValue is not null && ArticleFieldNames.IsUrl(sourceValue) ? sourceValue : null),
            Title = title,
            Outlet = Field(csv, columns.Outlet) ?? (sourceValue is not null && !ArticleFieldNames.IsUrl(sourceValue) ? sourceValue : null) ?? dateline?.Credit,
            Author = Field(csv, columns.Author),
            Published = published ?? dateline?.Date,
            PublishedFrom = published is null ? dateline?.Date is null ? null : "dateline" : "field",
            DeclaredLanguage = Field(csv, columns.Language),
        };

        return dateText is null || published is not null
            ? [document]
            : [document, Problem(source, line, $"line {line}: \"{csv.Headers[columns.Date]}\" is not a date: {InputText.Quote(dateText)}; read without a date")];
    }

    /// <summary>The field's text, or null when the column is absent or the field is blank.</summary>
    private static string? Field(CsvReader csv, int column) =>
        column >= 0 && column < csv.FieldCount && csv.GetString(column) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static string Describe(CsvMalformedReason reason, int headerFields) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => $"has a different number of fields than the header's {headerFields} (a ragged row: its columns cannot be trusted)",
        CsvMalformedReason.UnterminatedQuote => "has a quoted field that is never closed",
        _ => $"is malformed ({reason})",
    };

    private static ReadItem Problem(string source, long line, string reason) =>
        ReadItem.Skipped(new InputException(source, reason, line > 0 ? line : null));
}
