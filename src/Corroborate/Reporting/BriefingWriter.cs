using System.Globalization;
using System.Net;
using System.Text.Json;
using Corroborate.Corroboration;
using Corroborate.Extraction;

namespace Corroborate.Reporting;

/// <summary>
/// A story's briefing for people (Markdown, a standalone HTML page) and for scripts (JSON). Every
/// summary sentence carries numbered citations to the articles that state it; sources are listed at the end.
/// All article text is escaped: it is untrusted.
/// </summary>
public static class BriefingWriter
{
    private const int MaxOnlyReportedPerOutlet = 4;
    private const int MaxKeyFacts = 10;

    /// <param name="titles">Article titles by id, to name the sources; without them sources are named by outlet and id.</param>
    public static void WriteMarkdown(TextWriter output, StoryReport story, int headingLevel = 1, IReadOnlyDictionary<string, string>? titles = null)
    {
        if (story.Corroboration is not { } corroboration)
        {
            return;
        }

        var h = new string('#', headingLevel);
        var sources = Sources(story, corroboration);
        output.WriteLine($"{h} {Md(corroboration.Briefing.Headline)}");
        output.WriteLine();
        output.WriteLine($"_{Counts.Of(story.Articles.Length, "article")}, {Counts.Of(corroboration.Briefing.Outlets.Length, "outlet")}, {Counts.Of(corroboration.Claims.Length, "claim")} · story `{story.Id}`_");
        output.WriteLine();
        output.WriteLine($"{h}# Summary");
        output.WriteLine();
        foreach (var sentence in corroboration.Briefing.Summary)
        {
            var speaker = sentence.Speaker is null ? "" : $"**{Md(sentence.Speaker)}:** ";
            output.WriteLine($"- {speaker}{Md(sentence.Sentence)} {string.Concat(sentence.Citations.Select(c => $"[{sources[c].Number}]"))}");
        }

        output.WriteLine();
        var keyFacts = corroboration.Briefing.KeyFacts.Select(corroboration.Find).OfType<Claim>().Take(MaxKeyFacts).ToList();
        if (keyFacts.Count > 0)
        {
            output.WriteLine($"{h}# Key facts");
            output.WriteLine();
            output.WriteLine("| Claim | Outlets | Which |");
            output.WriteLine("|---|---|---|");
            foreach (var claim in keyFacts)
            {
                output.WriteLine($"| {Md(claim.Text)} | {Support(claim)} | {Md(string.Join(", ", claim.Outlets))} |");
            }

            output.WriteLine();
        }

        var conflicts = corroboration.Claims.SelectMany(c => c.Conflicts.Select(k => (Claim: c, Conflict: k))).ToList();
        output.WriteLine($"{h}# Discrepancies");
        output.WriteLine();
        if (conflicts.Count == 0)
        {
            output.WriteLine("None found: where outlets tell the same claim, they give the same counts, days, speakers and items.");
        }

        foreach (var (claim, conflict) in conflicts)
        {
            output.WriteLine($"- **{conflict.Field}**{KindLabel(conflict)} in \"{Md(Shorten(claim.Text, 120))}\": {Sides(conflict, sources, Md)}");
        }

        output.WriteLine();
        if (story.Extraction is { } extraction)
        {
            WriteQuotes(output, extraction, sources, h);
            WriteTimeline(output, extraction, sources, h);
        }

        WriteEvents(output, story, sources, h);

        var only = corroboration.Briefing.Outlets.Where(o => o.OnlyHere.Length > 0).ToList();
        if (only.Count > 0)
        {
            output.WriteLine($"{h}# Only reported by");
            output.WriteLine();
            foreach (var outlet in only)
            {
                output.WriteLine($"- **{Md(outlet.Outlet)}** ({Counts.Of(outlet.OnlyHere.Length, "claim")})");
                foreach (var claim in outlet.OnlyHere.Select(corroboration.Find).OfType<Claim>().Take(MaxOnlyReportedPerOutlet))
                {
                    output.WriteLine($"  - {Md(claim.Text)} [{sources[claim.Representative.ArticleId].Number}]");
                }
            }

            output.WriteLine();
        }

        output.WriteLine($"{h}# Sources");
        output.WriteLine();
        foreach (var (id, source) in sources.OrderBy(s => s.Value.Number))
        {
            output.WriteLine($"{source.Number}. {SourceName(id, source.Outlet, titles, Md)} (`{id}`)");
        }

        output.WriteLine();
    }

    public static void WriteHtml(TextWriter output, StoryReport story, IReadOnlyDictionary<string, string>? titles = null)
    {
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        if (story.Corroboration is not { } corroboration)
        {
            output.WriteLine($"<title>{H(story.Title)}</title></head><body><h1>{H(story.Title)}</h1><p>No briefing: nothing was extracted from this story.</p></body></html>");
            return;
        }

        var sources = Sources(story, corroboration);
        var briefing = corroboration.Briefing;
        output.WriteLine($"<title>{H(briefing.Headline)}</title>");
        output.WriteLine("<style>body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:auto;padding:1rem}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem;vertical-align:top}sup a{text-decoration:none}.conflict{background:#fff3cd}</style>");
        output.WriteLine("</head><body>");
        output.WriteLine($"<h1>{H(briefing.Headline)}</h1>");
        output.WriteLine($"<p><em>{Counts.Of(story.Articles.Length, "article")}, {Counts.Of(briefing.Outlets.Length, "outlet")}, {Counts.Of(corroboration.Claims.Length, "claim")}</em></p>");
        output.WriteLine("<h2>Summary</h2><ul>");
        foreach (var sentence in briefing.Summary)
        {
            var citations = string.Concat(sentence.Citations.Select(c =>
                $"<sup><a href=\"#source-{sources[c].Number}\" title=\"{H(sentence.Sources.FirstOrDefault(s => s.ArticleId == c)?.Text ?? "")}\">[{sources[c].Number}]</a></sup>"));
            var speaker = sentence.Speaker is null ? "" : $"<strong>{H(sentence.Speaker)}:</strong> ";
            output.WriteLine($"<li>{speaker}{H(sentence.Sentence)} {citations}</li>");
        }

        output.WriteLine("</ul>");
        var keyFacts = briefing.KeyFacts.Select(corroboration.Find).OfType<Claim>().Take(MaxKeyFacts).ToList();
        if (keyFacts.Count > 0)
        {
            output.WriteLine("<h2>Key facts</h2><table><thead><tr><th>Claim</th><th>Outlets</th><th>Which</th></tr></thead><tbody>");
            foreach (var claim in keyFacts)
            {
                output.WriteLine($"<tr{(claim.Conflicts.IsEmpty ? "" : " class=\"conflict\"")}><td>{H(claim.Text)}</td><td>{H(Support(claim))}</td><td>{H(string.Join(", ", claim.Outlets))}</td></tr>");
            }

            output.WriteLine("</tbody></table>");
        }

        output.WriteLine("<h2>Discrepancies</h2><ul>");
        foreach (var claim in corroboration.Claims.Where(c => !c.Conflicts.IsEmpty))
        {
            foreach (var conflict in claim.Conflicts)
            {
                output.WriteLine($"<li class=\"conflict\"><strong>{H(conflict.Field)}</strong>{H(KindLabel(conflict))}: {Sides(conflict, sources, H)} <br><small>{H(Shorten(claim.Text, 160))}</small></li>");
            }
        }

        output.WriteLine("</ul>");
        if (story.Extraction is { } extraction)
        {
            output.WriteLine("<h2>Quotes by speaker</h2>");
            foreach (var group in extraction.Quotes.GroupBy(q => q.SpeakerName ?? Unattributed).OrderBy(g => g.Key == Unattributed))
            {
                output.WriteLine($"<h3>{H(group.Key)}</h3><ul>");
                foreach (var quote in group.OrderByDescending(q => q.Mentions.Length))
                {
                    output.WriteLine($"<li>“{H(quote.Text)}” {string.Concat(quote.Mentions.Select(m => m.ArticleId).Distinct().Where(sources.ContainsKey).Select(a => $"<sup><a href=\"#source-{sources[a].Number}\">[{sources[a].Number}]</a></sup>"))}</li>");
                }

                output.WriteLine("</ul>");
            }

            output.WriteLine("<h2>Timeline</h2><ul>");
            foreach (var entry in extraction.Timeline)
            {
                output.WriteLine($"<li><time datetime=\"{entry.Date:yyyy-MM-dd}\">{entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</time> {H(entry.Description)}</li>");
            }

            output.WriteLine("</ul>");
        }

        output.WriteLine("<h2>Only reported by</h2><ul>");
        foreach (var outlet in briefing.Outlets.Where(o => o.OnlyHere.Length > 0))
        {
            output.WriteLine($"<li><strong>{H(outlet.Outlet)}</strong><ul>");
            foreach (var claim in outlet.OnlyHere.Select(corroboration.Find).OfType<Claim>().Take(MaxOnlyReportedPerOutlet))
            {
                output.WriteLine($"<li>{H(claim.Text)}</li>");
            }

            output.WriteLine("</ul></li>");
        }

        output.WriteLine("</ul><h2>Sources</h2><ol>");
        foreach (var (id, source) in sources.OrderBy(s => s.Value.Number))
        {
            output.WriteLine($"<li id=\"source-{source.Number}\">{SourceName(id, source.Outlet, titles, H)} <code>{H(id)}</code></li>");
        }

        output.WriteLine("</ol></body></html>");
    }

    public static void WriteJson(Utf8JsonWriter json, StoryReport story)
    {
        json.WriteStartObject();
        json.WriteString("story", story.Id);
        if (story.Corroboration is { } corroboration)
        {
            json.WritePropertyName("briefing");
            CorroborationJsonWriter.WriteBriefing(json, corroboration);
            CorroborationJsonWriter.WriteClaims(json, corroboration.Claims.Where(c => c.Outlets.Length >= 2 || !c.Conflicts.IsEmpty));
        }

        json.WriteEndObject();
    }

    private static void WriteQuotes(TextWriter output, StoryExtraction extraction, Dictionary<string, (int Number, string Outlet)> sources, string h)
    {
        // A quotation no outlet attributes is shown as such, last, never dropped.
        var groups = extraction.Quotes.GroupBy(q => q.SpeakerName ?? Unattributed).OrderBy(g => g.Key == Unattributed).ToList();
        if (groups.Count == 0)
        {
            return;
        }

        output.WriteLine($"{h}# Quotes by speaker");
        output.WriteLine();
        foreach (var group in groups)
        {
            output.WriteLine($"- **{Md(group.Key)}**");
            foreach (var quote in group.OrderByDescending(q => q.Mentions.Length))
            {
                var cites = string.Concat(quote.Mentions.Select(m => m.ArticleId).Distinct().Where(sources.ContainsKey).Select(a => $"[{sources[a].Number}]"));
                output.WriteLine($"  - “{Md(quote.Text)}” {cites}{(quote.Verbatim || quote.Mentions.Length == 1 ? "" : " (wording differs between outlets)")}");
            }
        }

        output.WriteLine();
    }

    private static void WriteTimeline(TextWriter output, StoryExtraction extraction, Dictionary<string, (int Number, string Outlet)> sources, string h)
    {
        if (extraction.Timeline.IsEmpty)
        {
            return;
        }

        output.WriteLine($"{h}# Timeline");
        output.WriteLine();
        foreach (var entry in extraction.Timeline)
        {
            var cites = string.Concat(entry.Articles.Where(sources.ContainsKey).Select(a => $"[{sources[a].Number}]"));
            output.WriteLine($"- {entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{(entry.Granularity == "day" ? "" : $" ({entry.Granularity})")}: {Md(entry.Description)} {cites}");
        }

        output.WriteLine();
    }

    private const int MaxEvents = 8;

    private const string Unattributed = "Unattributed";

    /// <summary>"3 outlets, 1 independent source": copies and shared agency wording count once.</summary>
    private static string Support(Claim claim) => claim.IndependentSources < claim.Outlets.Length
        ? $"{Counts.Of(claim.Outlets.Length, "outlet")}, {Counts.Of(claim.IndependentSources, "independent source")}"
        : claim.Outlets.Length.ToString(CultureInfo.InvariantCulture);

    private static string KindLabel(ClaimConflict conflict) => conflict.Kind switch
    {
        ConflictKinds.Update => " (update)",
        ConflictKinds.Precision => " (precision)",
        _ => "",
    };

    /// <summary>The sides of a conflict with their citations; an update in time order, each side with its article's date.</summary>
    private static string Sides(ClaimConflict conflict, Dictionary<string, (int Number, string Outlet)> sources, Func<string, string> escape)
    {
        var separator = conflict.Kind == ConflictKinds.Update ? " → " : " vs ";
        return string.Join(separator, conflict.Values.Select(v =>
        {
            var when = conflict.Kind == ConflictKinds.Update && v.Published is { } p ? $" ({p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : "";
            var cites = string.Concat(v.Articles.Where(sources.ContainsKey).Select(a => $"[{sources[a].Number}]"));
            return $"\"{escape(v.Sources.FirstOrDefault()?.Text ?? v.Value)}\"{when} {cites}";
        }));
    }

    /// <summary>Who did what to whom, the happenings most outlets report first, as CAMEO codes them.</summary>
    private static void WriteEvents(TextWriter output, StoryReport story, Dictionary<string, (int Number, string Outlet)> sources, string h)
    {
        var events = story.Events.Where(e => e.NumSources >= 2).OrderByDescending(e => e.NumSources).ThenByDescending(e => e.NumMentions).Take(MaxEvents).ToList();
        if (events.Count == 0)
        {
            return;
        }

        output.WriteLine($"{h}# Who did what to whom");
        output.WriteLine();
        foreach (var happening in events)
        {
            var when = happening.Date is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated";
            var where = happening.Location is null ? "" : $" in {Md(happening.Location)}";
            var cites = string.Concat(happening.Articles.Where(sources.ContainsKey).Select(a => sources[a].Number).Order().Select(n => $"[{n}]"));
            output.WriteLine($"- {when}: {Md(happening.Source.Name)} ({happening.Source.Code}) → {Md(happening.Code.Label.ToLowerInvariant())} ({happening.Code.Code}) → "
                + $"{Md(happening.Target.Name)} ({happening.Target.Code}){where}; {Counts.Of(happening.NumSources, "outlet")}, {Counts.Of(happening.NumMentions, "mention")} {cites}");
        }

        output.WriteLine();
    }

    /// <summary>Numbers the story's articles in the order the story lists them, each with its outlet.</summary>
    private static Dictionary<string, (int Number, string Outlet)> Sources(StoryReport story, StoryCorroboration corroboration)
    {
        // An article with no known outlet is named by its own title in the source list, so its outlet is left blank here.
        var outlets = corroboration.Briefing.Outlets.SelectMany(o => o.Articles.Select(a => (a, Outlet: o.Named ? o.Outlet : "")))
            .ToDictionary(x => x.a, x => x.Outlet, StringComparer.Ordinal);
        var sources = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        foreach (var id in story.Articles.Where(outlets.ContainsKey))
        {
            sources[id] = (sources.Count + 1, outlets[id]);
        }

        return sources;
    }

    /// <summary>"Outlet — Title", or the title alone for an article with no outlet (its outlet is only "article ID").</summary>
    private static string SourceName(string id, string outlet, IReadOnlyDictionary<string, string>? titles, Func<string, string> escape)
    {
        var named = outlet.Length > 0 && outlet != "article " + id;
        var title = titles?.GetValueOrDefault(id);
        return (named, title) switch
        {
            (true, { } t) => $"{escape(outlet)} — {escape(t)}",
            (true, null) => escape(outlet),
            (false, { } t) => escape(t),
            _ => "article",
        };
    }

    private static string Md(string text) => MarkdownReportWriter.Escape(text);

    private static string H(string text) => WebUtility.HtmlEncode(text);

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
