using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Corroborate.Cli.Serve;

/// <summary>
/// GET /api/stories/{id}/briefing. Until the Reporting stage has a briefing writer (markdown, HTML, JSON by
/// Accept), this answers the <c>"briefing"</c> part of the story's JSON when the story has one. Kept in this
/// one function so that it can be rewired to the writer alone.
/// </summary>
public static class BriefingResponder
{
    public static IResult Respond(StoryEntry story, HttpRequest request)
    {
        _ = request; // Accept will choose markdown, HTML or JSON once the briefing writer exists.
        using var document = JsonDocument.Parse(story.Json);
        if (!document.RootElement.TryGetProperty("briefing", out var briefing) || briefing.ValueKind != JsonValueKind.Object)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "no briefing for this story");
        }

        return Results.Text(briefing.GetRawText(), "application/json; charset=utf-8");
    }
}
