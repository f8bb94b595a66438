using System.Text;
using System.Text.Json;
using Corroborate.Reporting;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Corroborate.Cli.Serve;

/// <summary>
/// GET /api/stories/{id}/briefing: the story's briefing as <see cref="BriefingWriter"/> writes it, in
/// Markdown, HTML or JSON as the Accept header (or <c>?format=markdown|html|json</c>) asks; JSON by default.
/// </summary>
internal static class BriefingResponder
{
    /// <summary>The policy the HTML briefing declares for itself: its own inline styles, nothing else.</summary>
    public const string HtmlContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static IResult Respond(StoryEntry story, HttpRequest request)
    {
        if (story.Report.Corroboration is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "no briefing for this story");
        }

        switch (Format(request))
        {
            case "markdown":
            {
                var text = new StringWriter();
                BriefingWriter.WriteMarkdown(text, story.Report);
                return Results.Text(text.ToString(), "text/markdown; charset=utf-8", Encoding.UTF8);
            }

            case "html":
            {
                var text = new StringWriter();
                BriefingWriter.WriteHtml(text, story.Report);
                // A standalone page with inline styles and no script: it gets the policy it declares.
                request.HttpContext.Response.Headers.ContentSecurityPolicy = HtmlContentSecurityPolicy;
                return Results.Text(text.ToString(), "text/html; charset=utf-8", Encoding.UTF8);
            }

            default:
            {
                using var buffer = new MemoryStream();
                using (var json = ContractJson.Open(buffer, indented: false))
                {
                    BriefingWriter.WriteJson(json, story.Report);
                }

                return Results.Bytes(buffer.ToArray(), "application/json; charset=utf-8");
            }
        }
    }

    /// <summary>markdown, html or json: the query's format, else the first of them the Accept header prefers.</summary>
    private static string Format(HttpRequest request)
    {
        var format = request.Query["format"].ToString();
        if (format is "markdown" or "html" or "json")
        {
            return format;
        }

        if (MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            foreach (var media in accepted.OrderByDescending(m => m.Quality ?? 1.0))
            {
                switch (media.MediaType.Value?.ToLowerInvariant())
                {
                    case "text/markdown":
                    case "text/x-markdown":
                        return "markdown";
                    case "text/html":
                        return "html";
                    case "application/json":
                        return "json";
                }
            }
        }

        return "json";
    }
}
