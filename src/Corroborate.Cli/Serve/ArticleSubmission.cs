using System.Globalization;
using System.Text;
using System.Text.Json;
using Corroborate.Ingest;
using Corroborate.Model;
using Microsoft.AspNetCore.Http;

namespace Corroborate.Cli.Serve;

/// <summary>
/// Reads one posted article: JSON <c>{ "title", "text", "url", "published", "outlet" }</c> or plain text
/// (its head read for metadata as a .txt file is). The body is read up to the size limit whatever the
/// server in front says, so an oversized post is refused the same way under Kestrel and in tests.
/// </summary>
internal static class ArticleSubmission
{
    internal sealed record Outcome(SourceDocument? Document, IResult? Problem);

    public static async Task<Outcome> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > maxBytes)
            {
                return TooLarge(maxBytes);
            }

            body.Write(buffer, 0, read);
        }

        var mediaType = request.ContentType is { } contentType && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            ? parsed.MediaType.Value?.ToLowerInvariant()
            : null;
        var source = "api:" + DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture);
        return mediaType switch
        {
            "application/json" => FromJson(body.ToArray(), source),
            "text/plain" or null => FromText(body.ToArray(), source),
            _ => new Outcome(null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: "post an article as application/json or text/plain")),
        };
    }

    private static Outcome FromText(byte[] bytes, string source)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Invalid("the body is not UTF-8 text");
        }

        return string.IsNullOrWhiteSpace(text) ? Invalid("the article has no text") : new Outcome(PlainTextHeaderReader.Read(text, source), null);
    }

    private static Outcome FromJson(byte[] bytes, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            return Invalid($"malformed JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Invalid("expected a JSON object { \"title\", \"text\", \"url\", \"published\", \"outlet\" }");
            }

            string? Field(string name, out string? error)
            {
                error = null;
                if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    return null;
                }

                if (value.ValueKind != JsonValueKind.String)
                {
                    error = $"\"{name}\" must be a string";
                    return null;
                }

                return value.GetString();
            }

            var text = Field("text", out var textError);
            var title = Field("title", out var titleError);
            var url = Field("url", out var urlError);
            var outlet = Field("outlet", out var outletError);
            var published = Field("published", out var publishedError);
            if ((textError ?? titleError ?? urlError ?? outletError ?? publishedError) is { } error)
            {
                return Invalid(error);
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return Invalid("\"text\" is required and must not be empty");
            }

            DateTimeOffset? date = null;
            if (published is { Length: > 0 })
            {
                if (!DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsedDate))
                {
                    return Invalid($"\"published\" is not a date: '{published}'");
                }

                date = parsedDate;
            }

            if (url is { Length: > 0 } && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                return Invalid("\"url\" must be an absolute http or https URL");
            }

            return new Outcome(new SourceDocument
            {
                Source = source,
                Text = text,
                Title = string.IsNullOrWhiteSpace(title) ? null : title,
                Url = string.IsNullOrWhiteSpace(url) ? null : url,
                Outlet = string.IsNullOrWhiteSpace(outlet) ? null : outlet,
                Published = date,
                PublishedFrom = date is null ? null : "field",
            }, null);
        }
    }

    private static Outcome Invalid(string detail) =>
        new(null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid article", detail: detail));

    private static Outcome TooLarge(long maxBytes) =>
        new(null, Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large",
            detail: $"the limit is {maxBytes} bytes"));
}
