using System.Globalization;
using Corroborate.Model;

namespace Corroborate.Reporting;

/// <summary>The report for people: one section an article, then the inputs that failed.</summary>
public static class MarkdownReportWriter
{
    public static void Write(TextWriter output, AnalysisReport report)
    {
        var errors = report.Errors.AddRange(report.Stories.SelectMany(s => s.Errors));
        WriteHeader(output, report.Articles.Length, report.Stories.Length, errors.Length);
        var titles = report.Articles.ToDictionary(a => a.Id, TitleOf);
        foreach (var story in report.Stories)
        {
            WriteStory(output, story, titles, report.Copies);
        }

        output.WriteLine("# Articles");
        output.WriteLine();
        foreach (var article in report.Articles)
        {
            WriteArticle(output, article);
        }

        WriteErrors(output, errors);
    }

    /// <summary>The report's first line; a streamed report writes it before its stories are built.</summary>
    public static void WriteHeader(TextWriter output, int articles, int stories, int failed)
    {
        output.WriteLine($"# Corroborate report: {Counts.Of(articles, "article")} in {Counts.Of(stories, "story")}, {Counts.Of(failed, "failed input")}");
        output.WriteLine();
    }

    /// <summary>How an article is named in story lists: its title, or its first sentence.</summary>
    public static string TitleOf(Article article) => article.Title ?? FirstSentence(article);

    public static void WriteArticle(TextWriter output, Article article)
    {
        output.WriteLine($"## {Escape(article.Title ?? FirstSentence(article))}");
        output.WriteLine();
        output.WriteLine($"- id `{article.Id}` · {Escape(article.Outlet ?? "unknown outlet")} · {FormatDate(article)} · language {article.Language}");
        output.WriteLine($"- source `{article.Source}`");
        output.WriteLine($"- {article.Sentences.Length} sentences, {article.Segments.Count(s => s.Kind == SegmentKind.EmbeddedPost)} embedded posts, {article.Removed.Length} removals");
        foreach (var post in article.Segments.Where(s => s.Kind == SegmentKind.EmbeddedPost))
        {
            output.WriteLine($"  - post by {Escape(post.Author ?? "?")} {post.Handle} ({post.Language}): {Escape(Shorten(post.Span.Of(article.CleanText), 100))}");
        }

        foreach (var group in article.Removed.GroupBy(r => r.Reason))
        {
            output.WriteLine($"  - removed {group.Count()} × {group.Key}");
        }

        output.WriteLine();
    }

    /// <summary>Inputs, articles and story stages that failed, each named.</summary>
    public static void WriteErrors(TextWriter output, IReadOnlyCollection<Pipeline.InputError> errors)
    {
        if (errors.Count > 0)
        {
            output.WriteLine("## Inputs that failed");
            output.WriteLine();
            foreach (var error in errors)
            {
                output.WriteLine($"- `{Code(error.Source)}`: {Escape(error.Message)}");
            }
        }
    }

    public static void WriteStory(TextWriter output, StoryReport story, IReadOnlyDictionary<string, string> titles, IReadOnlyList<Pipeline.ArticleCopy>? copies = null)
    {
        output.WriteLine($"## Story: {Escape(story.Title)}");
        output.WriteLine();
        var span = story.FirstSeen is { } first ? $" · {first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} to {story.LastSeen?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : "";
        output.WriteLine($"`{story.Id}` · {Counts.Of(story.Articles.Length, "article")} ({Counts.Of(story.Duplicates.Length, "duplicate")}){span} · keywords: {Escape(string.Join(", ", story.Keywords))}");
        output.WriteLine();
        foreach (var id in story.Articles)
        {
            var copy = story.Duplicates.FirstOrDefault(d => d.Id == id);
            // The same text read from several inputs is one article; the other inputs are named so none vanishes.
            var sameText = copies?.Where(c => c.ArticleId == id).Select(c => $"`{Code(c.Source)}`").ToList() ?? [];
            output.WriteLine($"- `{id}` {Escape(titles.GetValueOrDefault(id, "?"))}{(copy.Id is null ? "" : $" (copy of `{copy.DuplicateOf}`)")}"
                + (sameText.Count > 0 ? $" (also read, word for word, from {string.Join(", ", sameText)})" : ""));
        }

        output.WriteLine();
        if (story.Extraction is not { } extraction)
        {
            return;
        }

        if (story.Corroboration is not null)
        {
            // The briefing carries the quotes and the timeline with citations; the lists below would repeat them.
            BriefingWriter.WriteMarkdown(output, story, headingLevel: 3, titles);
            WriteEntities(output, extraction);
            return;
        }

        WriteEntities(output, extraction);
        WriteTimelineAndQuotes(output, extraction);
    }

    /// <summary>Text inside a code span: backticks and line breaks would end it.</summary>
    private static string Code(string text) => text.Replace('`', '\'').Replace('\n', ' ').Replace('\r', ' ');

    private static void WriteEntities(TextWriter output, Corroborate.Extraction.StoryExtraction extraction)
    {
        var entities = extraction.Entities.Entities.Where(e => e.Mentions.Length >= 2 || e.Variants.Length > 1).Take(15).ToList();
        if (entities.Count > 0)
        {
            output.WriteLine("**Who and where**");
            output.WriteLine();
            foreach (var entity in entities)
            {
                var variants = entity.Variants.Where(v => v != entity.Name).ToList();
                output.WriteLine($"- {Escape(entity.Name)} ({entity.Type.ToString().ToLowerInvariant()}, {Counts.Of(entity.Mentions.Length, "mention")} in {Counts.Of(entity.Articles.Length, "article")}){(variants.Count > 0 ? ": also " + Escape(string.Join(", ", variants)) : "")}");
            }

            output.WriteLine();
        }
    }

    private static void WriteTimelineAndQuotes(TextWriter output, Corroborate.Extraction.StoryExtraction extraction)
    {
        var timeline = extraction.Timeline.Where(t => t.Articles.Length >= 2 || extraction.Timeline.Length <= 8).Take(12).ToList();
        if (timeline.Count > 0)
        {
            output.WriteLine("**Timeline**");
            output.WriteLine();
            foreach (var entry in timeline)
            {
                output.WriteLine($"- {entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({entry.Articles.Length} article{(entry.Articles.Length == 1 ? "" : "s")}): {Escape(entry.Description)}");
            }

            output.WriteLine();
        }

        var quotes = extraction.Quotes.Where(q => q.SpeakerName is not null).GroupBy(q => q.SpeakerName!).ToList();
        if (quotes.Count > 0)
        {
            output.WriteLine("**Quotes by speaker**");
            output.WriteLine();
            foreach (var group in quotes)
            {
                output.WriteLine($"- {Escape(group.Key)}");
                foreach (var quote in group.OrderByDescending(q => q.Mentions.Length).Take(5))
                {
                    var outlets = quote.Mentions.Select(m => m.ArticleId).Distinct().Count();
                    output.WriteLine($"  - “{Escape(quote.Text)}” ({outlets} article{(outlets == 1 ? "" : "s")}{(quote.Verbatim ? "" : ", wording differs")})");
                }
            }

            output.WriteLine();
        }
    }

    private static string FormatDate(Article article) =>
        article.Published is { } date ? $"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (from {article.PublishedFrom})" : "undated";

    private static string FirstSentence(Article article) =>
        article.Sentences.Length > 0 ? Shorten(article.Sentences[0].Of(article.CleanText), 90) : "(untitled)";

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    /// <summary>Article text is untrusted: neutralise Markdown and HTML so it renders as the words it is.</summary>
    public static string Escape(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                builder.Append('\\');
            }

            builder.Append(c is '\n' or '\r' ? ' ' : c);
        }

        return builder.ToString();
    }
}
