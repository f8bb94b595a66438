using System.Globalization;
using System.Text.Json;
using Corroborate.Model;

namespace Corroborate.Ingest;

/// <summary>
/// JSON Lines: one article a line. Recognised by its structure (a JSON object on one line, however long),
/// not by its first line fitting the sniffing window. Field names of common crawlers map without flags
/// (see <see cref="JsonlFields"/>); unknown fields are ignored. A line that cannot be read (not JSON,
/// damaged UTF-8, no text, longer than the limit) is an error naming its line, and the reading goes on.
/// U+FFFD written in the file is text like any other character.
/// </summary>
internal sealed class JsonlFormat : IDocumentFormat
{
    public string Name => "jsonl";

    public bool Recognizes(ReadOnlySpan<byte> head, string source)
    {
        var start = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var rest = head[start..].TrimStart(" \t\r\n"u8);
        if (rest.Length == 0 || rest[0] != (byte)'{')
        {
            return false;
        }

        // Walk the first value token by token. JSON strings cannot hold a raw line break, so a line break
        // before the object closes means pretty-printed JSON (one object over many lines), not JSON Lines.
        var reader = new Utf8JsonReader(rest, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { MaxDepth = 256 }));
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 0 && reader.TokenType == JsonTokenType.EndObject)
                {
                    var consumed = (int)reader.BytesConsumed;
                    if (rest[..consumed].Contains((byte)'\n'))
                    {
                        return false;
                    }

                    // After the object: only blanks to the end of the line, then another object or nothing.
                    var after = rest[consumed..].TrimStart(" \t\r"u8);
                    return after.Length == 0 || (after[0] == (byte)'\n' && (after.TrimStart(" \t\r\n"u8) is var next && (next.Length == 0 || next[0] == (byte)'{')));
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }

        // The window ended inside the first object: JSON Lines when no line broke so far.
        return !rest[..(int)reader.BytesConsumed].Contains((byte)'\n');
    }

    public IEnumerable<ReadItem> Read(Stream content, string source, ReadLimits limits, CancellationToken cancellationToken)
    {
        var lines = new ByteLineReader(content, limits.MaxDocumentBytes);
        while (lines.TryRead(out var bytes, out var tooLong))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lineNumber = lines.LineNumber;
            var line = bytes.Span;
            if (lineNumber == 1 && line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                line = line[3..];
            }

            if (tooLong)
            {
                yield return Problem(source, lineNumber, $"line {lineNumber} is longer than the {limits.MaxDocumentBytes:N0}-byte limit; skipped");
                continue;
            }

            if (line.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            if (!System.Text.Unicode.Utf8.IsValid(line))
            {
                yield return Problem(source, lineNumber, $"line {lineNumber} is not valid UTF-8 (byte {FirstInvalid(line)} of the line)");
                continue;
            }

            foreach (var item in ParseLine(line, source, lineNumber))
            {
                yield return item;
            }
        }
    }

    /// <summary>The line's document; with a second item, the problem with a date that was read as unknown.</summary>
    private static ReadItem[] ParseLine(ReadOnlySpan<byte> line, string source, long lineNumber)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line.ToArray(), new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            return [Problem(source, lineNumber, $"line {lineNumber} is not JSON: {e.Message}", e)];
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return [Problem(source, lineNumber, $"line {lineNumber} is not a JSON object")];
            }

            var fields = new JsonlFields(root);
            var title = fields.Title;
            var text = fields.Text;
            if (string.IsNullOrWhiteSpace(text))
            {
                if (string.IsNullOrWhiteSpace(title))
                {
                    return [Problem(source, lineNumber, $"line {lineNumber} has no text (none of {JsonlFields.TextNames} holds any) and no title; skipped")];
                }

                // A record with only a headline (an empty body from the crawler) is still a report of something:
                // the headline becomes its text (kept as a title too, the cleaner would take it for a repeat).
                (text, title) = (title, null);
            }

            var (published, dateProblem) = fields.Published;
            // Wire records often keep their dateline in the text ("BELGRADE, May 8 (Wire) - …"): taken off like a page's.
            var dateline = PlainTextHeaderReader.Dateline(text);
            ReadItem document = new SourceDocument
            {
                Source = $"{source}:{lineNumber}",
                Text = dateline?.Body.TrimStart() ?? text,
                Removed = dateline is null ? [] : [dateline.Removed],
                ExternalId = fields.Id,
                Url = fields.Url,
                Title = title,
                Outlet = fields.Outlet ?? dateline?.Credit,
                Author = fields.Author,
                Published = published ?? dateline?.Date,
                PublishedFrom = published is null ? dateline?.Date is null ? null : "dateline" : "field",
                DeclaredLanguage = fields.Language,
            };

            // The article is kept without a date; the date that could not be read is still named.
            return dateProblem is null ? [document] : [document, Problem(source, lineNumber, $"line {lineNumber}: {dateProblem}; read without a date")];
        }
    }

    private static ReadItem Problem(string source, long lineNumber, string reason, Exception? inner = null) =>
        ReadItem.Skipped(new InputException(source, reason, lineNumber, inner));

    private static int FirstInvalid(ReadOnlySpan<byte> line)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(line, new char[line.Length], out var consumed, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? line.Length : consumed + 1;
    }
}
