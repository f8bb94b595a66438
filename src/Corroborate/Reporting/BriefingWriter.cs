using System.Net;
using System.Text.Json;
using Corroborate.Corroboration;

namespace Corroborate.Reporting;

/// <summary>
/// A story's briefing for people (Markdown, a standalone HTML page) and for scripts (JSON). Every
/// summary sentence carries numbered citations to the articles that state it; sources are listed at the end.
/// All article text is escaped: it is untrusted.
/// </summary>
public static class BriefingWriter
{
    /// <param name="titles">Article titles by id, to name the sources; without them sources are named by outlet and id.</param>
    public static void WriteMarkdown(TextWriter output, StoryReport story, int headingLevel = 1, IReadOnlyDictionary<string, string>? titles = null) =>
        WriteMarkdown(output, BriefingView.Of(story), headingLevel, titles);

    /// <param name="titles">Article titles by id, to name the sources; without them sources are named by outlet and id.</param>
    public static void WriteMarkdown(TextWriter output, BriefingView view, int headingLevel = 1, IReadOnlyDictionary<string, string>? titles = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(view);
        if (!view.HasBriefing)
        {
            return;
        }

        var h = new string('#', headingLevel);
        output.WriteLine($"{h} {Md(view.Headline)}");
        output.WriteLine();
        output.WriteLine($"_{Counts.Of(view.Articles.Length, "article")}, {Counts.Of(view.OutletCount, "outlet")}, {Counts.Of(view.ClaimCount, "claim")} · story `{view.StoryId}`_");
        output.WriteLine();
        output.WriteLine($"{h}# Summary");
        output.WriteLine();
        foreach (var sentence in view.Summary)
        {
            var speaker = sentence.Speaker is null ? "" : $"**{Md(sentence.Speaker)}:** ";
            output.WriteLine($"- {speaker}{Md(sentence.Sentence)} {Cites(sentence.Citations)}");
        }

        output.WriteLine();
        if (view.KeyFacts.Length > 0)
        {
            output.WriteLine($"{h}# Key facts");
            output.WriteLine();
            output.WriteLine("| Claim | Outlets | Which |");
            output.WriteLine("|---|---|---|");
            foreach (var fact in view.KeyFacts)
            {
                output.WriteLine($"| {Md(fact.Text)} | {fact.Support} | {Md(string.Join(", ", fact.Outlets))} |");
            }

            output.WriteLine();
        }

        output.WriteLine($"{h}# Discrepancies");
        output.WriteLine();
        if (view.Discrepancies.Length == 0)
        {
            output.WriteLine("None found: where outlets tell the same claim, they give the same counts, days, speakers and items.");
        }

        foreach (var discrepancy in view.Discrepancies)
        {
            output.WriteLine($"- **{discrepancy.Field}**{KindLabel(discrepancy.Kind)} in \"{Md(Shorten(discrepancy.ClaimText, view.Limits.DiscrepancyClaimChars))}\": {Sides(discrepancy, Md)}");
        }

        output.WriteLine();
        if (view.HasExtraction)
        {
            WriteQuotes(output, view, h);
            WriteTimeline(output, view, h);
        }

        WriteEvents(output, view, h);
        if (view.OnlyReported.Length > 0)
        {
            output.WriteLine($"{h}# Only reported by");
            output.WriteLine();
            foreach (var outlet in view.OnlyReported)
            {
                output.WriteLine($"- **{Md(outlet.Outlet)}** ({Counts.Of(outlet.Count, "claim")})");
                foreach (var claim in outlet.Claims)
                {
                    output.WriteLine($"  - {Md(claim.Text)} [{claim.Citation}]");
                }
            }

            output.WriteLine();
        }

        output.WriteLine($"{h}# Sources");
        output.WriteLine();
        foreach (var source in view.Sources)
        {
            output.WriteLine($"{source.Number}. {SourceName(source, titles, Md)} (`{source.ArticleId}`)");
        }

        output.WriteLine();
    }

    public static void WriteHtml(TextWriter output, StoryReport story, IReadOnlyDictionary<string, string>? titles = null) =>
        WriteHtml(output, BriefingView.Of(story), titles);

    public static void WriteHtml(TextWriter output, BriefingView view, IReadOnlyDictionary<string, string>? titles = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(view);
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        if (!view.HasBriefing)
        {
            output.WriteLine($"<title>{H(view.Title)}</title></head><body><h1>{H(view.Title)}</h1><p>No briefing: nothing was extracted from this story.</p></body></html>");
            return;
        }

        output.WriteLine($"<title>{H(view.Headline)}</title>");
        output.WriteLine("<style>body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:auto;padding:1rem}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem;vertical-align:top}sup a{text-decoration:none}.conflict{background:#fff3cd}</style>");
        output.WriteLine("</head><body>");
        output.WriteLine($"<h1>{H(view.Headline)}</h1>");
        output.WriteLine($"<p><em>{Counts.Of(view.Articles.Length, "article")}, {Counts.Of(view.OutletCount, "outlet")}, {Counts.Of(view.ClaimCount, "claim")}</em></p>");
        output.WriteLine("<h2>Summary</h2><ul>");
        foreach (var sentence in view.Summary)
        {
            var citations = string.Concat(sentence.Citations.Select((n, i) =>
                $"<sup><a href=\"#source-{n}\" title=\"{H(sentence.CitationTexts[i])}\">[{n}]</a></sup>"));
            var speaker = sentence.Speaker is null ? "" : $"<strong>{H(sentence.Speaker)}:</strong> ";
            output.WriteLine($"<li>{speaker}{H(sentence.Sentence)} {citations}</li>");
        }

        output.WriteLine("</ul>");
        if (view.KeyFacts.Length > 0)
        {
            output.WriteLine("<h2>Key facts</h2><table><thead><tr><th>Claim</th><th>Outlets</th><th>Which</th></tr></thead><tbody>");
            foreach (var fact in view.KeyFacts)
            {
                output.WriteLine($"<tr{(fact.Disputed ? " class=\"conflict\"" : "")}><td>{H(fact.Text)}</td><td>{H(fact.Support)}</td><td>{H(string.Join(", ", fact.Outlets))}</td></tr>");
            }

            output.WriteLine("</tbody></table>");
        }

        output.WriteLine("<h2>Discrepancies</h2><ul>");
        foreach (var discrepancy in view.Discrepancies)
        {
            output.WriteLine($"<li class=\"conflict\"><strong>{H(discrepancy.Field)}</strong>{H(KindLabel(discrepancy.Kind))}: {Sides(discrepancy, H)} <br><small>{H(Shorten(discrepancy.ClaimText, view.Limits.DiscrepancyClaimCharsHtml))}</small></li>");
        }

        output.WriteLine("</ul>");
        if (view.HasExtraction)
        {
            output.WriteLine("<h2>Quotes by speaker</h2>");
            foreach (var group in view.Quotes)
            {
                output.WriteLine($"<h3>{H(group.Speaker)}</h3><ul>");
                foreach (var quote in group.Quotes)
                {
                    output.WriteLine($"<li>“{H(quote.Text)}” {string.Concat(quote.Citations.Select(n => $"<sup><a href=\"#source-{n}\">[{n}]</a></sup>"))}</li>");
                }

                output.WriteLine("</ul>");
            }

            output.WriteLine("<h2>Timeline</h2><ul>");
            foreach (var entry in view.Timeline)
            {
                output.WriteLine($"<li><time datetime=\"{entry.Date}\">{entry.Date}</time> {H(entry.Description)}</li>");
            }

            output.WriteLine("</ul>");
        }

        output.WriteLine("<h2>Only reported by</h2><ul>");
        foreach (var outlet in view.OnlyReported)
        {
            output.WriteLine($"<li><strong>{H(outlet.Outlet)}</strong><ul>");
            foreach (var claim in outlet.Claims)
            {
                output.WriteLine($"<li>{H(claim.Text)}</li>");
            }

            output.WriteLine("</ul></li>");
        }

        output.WriteLine("</ul><h2>Sources</h2><ol>");
        foreach (var source in view.Sources)
        {
            output.WriteLine($"<li id=\"source-{source.Number}\">{SourceName(source, titles, H)} <code>{H(source.ArticleId)}</code></li>");
        }

        output.WriteLine("</ol></body></html>");
    }

    public static void WriteJson(Utf8JsonWriter json, StoryReport story)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(story);
        json.WriteStartObject();
        json.WriteString("story", story.Id);
        if (story.Corroboration is { } corroboration)
        {
            json.WritePropertyName("briefing");
            CorroborationJsonWriter.WriteBriefing(json, corroboration);
            CorroborationJsonWriter.WriteClaims(json, corroboration.Claims.Where(c => BriefingView.InBriefing(c)));
        }

        json.WriteEndObject();
    }

    /// <summary>The JSON briefing of a stored story document (the contract's story object): the same bytes <see cref="WriteJson(Utf8JsonWriter, StoryReport)"/> writes.</summary>
    public static void WriteJson(Utf8JsonWriter json, JsonElement document)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        json.WriteString("story", document.GetProperty("id").GetString());
        if (document.TryGetProperty("briefing", out var briefing))
        {
            json.WritePropertyName("briefing");
            briefing.WriteTo(json);
            json.WriteStartArray("claims");
            foreach (var claim in document.GetProperty("claims").EnumerateArray())
            {
                if (BriefingView.InBriefing(claim.GetProperty("outlets").GetInt32(), claim.GetProperty("conflicts").GetArrayLength() > 0))
                {
                    claim.WriteTo(json);
                }
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteQuotes(TextWriter output, BriefingView view, string h)
    {
        if (view.Quotes.Length == 0)
        {
            return;
        }

        output.WriteLine($"{h}# Quotes by speaker");
        output.WriteLine();
        foreach (var group in view.Quotes)
        {
            output.WriteLine($"- **{Md(group.Speaker)}**");
            foreach (var quote in group.Quotes)
            {
                output.WriteLine($"  - “{Md(quote.Text)}” {Cites(quote.Citations)}{(quote.WordingDiffers ? " (wording differs between outlets)" : "")}");
            }
        }

        output.WriteLine();
    }

    private static void WriteTimeline(TextWriter output, BriefingView view, string h)
    {
        if (view.Timeline.IsEmpty)
        {
            return;
        }

        output.WriteLine($"{h}# Timeline");
        output.WriteLine();
        foreach (var entry in view.Timeline)
        {
            output.WriteLine($"- {entry.Date}{(entry.Granularity == "day" ? "" : $" ({entry.Granularity})")}: {Md(entry.Description)} {Cites(entry.Citations)}");
        }

        output.WriteLine();
    }

    private static void WriteEvents(TextWriter output, BriefingView view, string h)
    {
        if (view.Events.Length == 0)
        {
            return;
        }

        output.WriteLine($"{h}# Who did what to whom");
        output.WriteLine();
        foreach (var happening in view.Events)
        {
            var where = happening.Location is null ? "" : $" in {Md(happening.Location)}";
            output.WriteLine($"- {happening.Date ?? "undated"}: {Md(happening.SourceName)} ({happening.SourceCode}) → {Md(happening.Label.ToLowerInvariant())} ({happening.Code}) → "
                + $"{Md(happening.TargetName)} ({happening.TargetCode}){where}; {Counts.Of(happening.Outlets, "outlet")}, {Counts.Of(happening.Mentions, "mention")} {Cites(happening.Citations)}");
        }

        output.WriteLine();
    }

    private static string Cites(IEnumerable<int> numbers) => string.Concat(numbers.Select(n => $"[{n}]"));

    /// <summary>" (update)", " (precision)"; nothing for a contradiction (the view holds the kind's contract name).</summary>
    private static string KindLabel(string kind) => kind == ContractNames.Of(ConflictKind.Contradiction) ? "" : $" ({kind})";

    /// <summary>The sides of a conflict with their citations; an update in time order, each side with its article's date.</summary>
    private static string Sides(ViewDiscrepancy discrepancy, Func<string, string> escape)
    {
        var separator = discrepancy.Kind == ContractNames.Of(ConflictKind.Update) ? " → " : " vs ";
        return string.Join(separator, discrepancy.Sides.Select(side =>
            $"\"{escape(side.Text)}\"{(side.Published is { } day ? $" ({day})" : "")} {Cites(side.Citations)}"));
    }

    /// <summary>"Outlet — Title", or the title alone for an article with no outlet (its outlet is only "article ID").</summary>
    private static string SourceName(ViewSource source, IReadOnlyDictionary<string, string>? titles, Func<string, string> escape)
    {
        var named = source.Outlet.Length > 0 && source.Outlet != "article " + source.ArticleId;
        var title = titles?.GetValueOrDefault(source.ArticleId);
        return (named, title) switch
        {
            (true, { } t) => $"{escape(source.Outlet)} — {escape(t)}",
            (true, null) => escape(source.Outlet),
            (false, { } t) => escape(t),
            _ => "article",
        };
    }

    private static string Md(string text) => MarkdownReportWriter.Escape(text);

    private static string H(string text) => WebUtility.HtmlEncode(text);

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
