using System.Globalization;
using System.Text.Json;
using Corroborate.Model;

namespace Corroborate.Ingest;

/// <summary>
/// JSON Lines: one article a line with any of <c>id, url, title, text, published, outlet, language</c>.
/// Unknown fields are ignored; <c>id</c> is kept as the external id. A broken line is an error naming
/// its line number; the lines before it are kept.
/// </summary>
public sealed class JsonlFormat : IDocumentFormat
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

        // A JSON object whose first line closes is JSON Lines; a pretty-printed single object is not ours.
        var newline = rest.IndexOf((byte)'\n');
        var firstLine = newline < 0 ? rest : rest[..newline];
        return firstLine.TrimEnd(" \t\r"u8).EndsWith("}"u8);
    }

    public IEnumerable<SourceDocument> Read(Stream content, string source, ReadLimits limits, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(content, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line.Length > limits.MaxDocumentBytes)
            {
                throw new InputException(source, "line longer than the document limit", lineNumber);
            }

            if (line.Contains('\uFFFD'))
            {
                throw new InputException(source, "invalid UTF-8 on line " + lineNumber, lineNumber);
            }

            yield return ParseLine(line, $"{source}:{lineNumber}", source, lineNumber);
        }
    }

    private static SourceDocument ParseLine(string line, string itemSource, string source, int lineNumber)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new InputException(source, $"line {lineNumber} is not JSON: {e.Message}", lineNumber, e);
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InputException(source, $"line {lineNumber} is not a JSON object", lineNumber);
            }

            var text = Field(root, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new InputException(source, $"line {lineNumber} has no \"text\"", lineNumber);
            }

            var published = Field(root, "published");
            DateTimeOffset? date = null;
            if (!string.IsNullOrWhiteSpace(published))
            {
                date = DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                    ? parsed
                    : throw new InputException(source, $"line {lineNumber}: \"published\" is not a date: {InputText.Quote(published)}", lineNumber);
            }

            return new SourceDocument
            {
                Source = itemSource,
                Text = text,
                ExternalId = Field(root, "id"),
                Url = Field(root, "url"),
                Title = Field(root, "title"),
                Outlet = Field(root, "outlet"),
                Published = date,
                PublishedFrom = date is null ? null : "field",
                DeclaredLanguage = Field(root, "language"),
            };
        }
    }

    private static string? Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
