using System.Globalization;
using Corroborate.Model;

namespace Corroborate.Reporting;

/// <summary>The report for people: one section an article, then the inputs that failed.</summary>
public static class MarkdownReportWriter
{
    public static void Write(TextWriter output, AnalysisReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Write(output, report.Articles, [.. report.Stories.Select(s => BriefingView.Of(s))], report.Errors, report.Copies);
    }

    /// <summary>The report from the stories' views (a stored report prints this way, without its analysis).</summary>
    /// <param name="errors">Inputs that failed; each story's own failures (<see cref="BriefingView.Errors"/>) follow them.</param>
    public static void Write(TextWriter output, IReadOnlyList<Article> articles, IReadOnlyList<BriefingView> stories, IEnumerable<InputError> errors, IReadOnlyList<Pipeline.ArticleCopy>? copies = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(stories);
        var all = errors.Concat(stories.SelectMany(s => s.Errors.Select(e => new InputError(e.Source, e.Message) { Story = e.Story }))).ToList();
        WriteHeader(output, articles.Count, stories.Count, all.Count);
        var titles = articles.ToDictionary(a => a.Id, TitleOf);
        foreach (var story in stories)
        {
            WriteStory(output, story, titles, copies);
        }

        output.WriteLine("# Articles");
        output.WriteLine();
        foreach (var article in articles)
        {
            WriteArticle(output, article);
        }

        WriteErrors(output, all);
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
    public static void WriteErrors(TextWriter output, IReadOnlyCollection<InputError> errors)
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

    public static void WriteStory(TextWriter output, StoryReport story, IReadOnlyDictionary<string, string> titles, IReadOnlyList<Pipeline.ArticleCopy>? copies = null) =>
        WriteStory(output, BriefingView.Of(story), titles, copies);

    /// <summary>One story's section from its view: what <see cref="BriefingView"/> selected, formatted.</summary>
    public static void WriteStory(TextWriter output, BriefingView story, IReadOnlyDictionary<string, string> titles, IReadOnlyList<Pipeline.ArticleCopy>? copies = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(titles);
        output.WriteLine($"## Story: {Escape(story.Title)}");
        output.WriteLine();
        var span = story.FirstSeen is { } first ? $" · {first} to {story.LastSeen}" : "";
        output.WriteLine($"`{story.StoryId}` · {Counts.Of(story.Articles.Length, "article")} ({Counts.Of(story.Duplicates.Length, "duplicate")}){span} · keywords: {Escape(string.Join(", ", story.Keywords))}");
        output.WriteLine();
        foreach (var id in story.Articles)
        {
            var copy = story.Duplicates.FirstOrDefault(d => d.Id == id);
            // The same text read from several inputs is one article; the other inputs are named so none vanishes.
            var sameText = copies?.Where(c => c.ArticleId == id).Select(c => $"`{Code(c.Source)}`").ToList() ?? [];
            output.WriteLine($"- `{id}` {Escape(titles.GetValueOrDefault(id, "?"))}{(copy is null ? "" : $" (copy of `{copy.DuplicateOf}`)")}"
                + (sameText.Count > 0 ? $" (also read, word for word, from {string.Join(", ", sameText)})" : ""));
        }

        output.WriteLine();
        if (!story.HasExtraction)
        {
            return;
        }

        if (story.HasBriefing)
        {
            // The briefing carries the quotes and the timeline with citations; the lists below would repeat them.
            BriefingWriter.WriteMarkdown(output, story, headingLevel: 3, titles);
            WriteEntities(output, story);
            return;
        }

        WriteEntities(output, story);
        WriteTimelineAndQuotes(output, story);
    }

    /// <summary>Text inside a code span: backticks and line breaks would end it.</summary>
    private static string Code(string text) => text.Replace('`', '\'').Replace('\n', ' ').Replace('\r', ' ');

    private static void WriteEntities(TextWriter output, BriefingView story)
    {
        if (story.Entities.Length > 0)
        {
            output.WriteLine("**Who and where**");
            output.WriteLine();
            foreach (var entity in story.Entities)
            {
                output.WriteLine($"- {Escape(entity.Name)} ({entity.Type}, {Counts.Of(entity.Mentions, "mention")} in {Counts.Of(entity.Articles, "article")}){(entity.Variants.Length > 0 ? ": also " + Escape(string.Join(", ", entity.Variants)) : "")}");
            }

            output.WriteLine();
        }
    }

    private static void WriteTimelineAndQuotes(TextWriter output, BriefingView story)
    {
        if (story.TimelineHighlights.Length > 0)
        {
            output.WriteLine("**Timeline**");
            output.WriteLine();
            foreach (var entry in story.TimelineHighlights)
            {
                output.WriteLine($"- {entry.Date} ({entry.Articles} article{(entry.Articles == 1 ? "" : "s")}): {Escape(entry.Description)}");
            }

            output.WriteLine();
        }

        if (story.SpeakerQuotes.Length > 0)
        {
            output.WriteLine("**Quotes by speaker**");
            output.WriteLine();
            foreach (var group in story.SpeakerQuotes)
            {
                output.WriteLine($"- {Escape(group.Speaker)}");
                foreach (var quote in group.Quotes)
                {
                    output.WriteLine($"  - “{Escape(quote.Text)}” ({quote.Articles} article{(quote.Articles == 1 ? "" : "s")}{(quote.WordingDiffers ? ", wording differs" : "")})");
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
