using System.Globalization;
using Corroborate.Model;

namespace Corroborate.Reporting;

/// <summary>The report for people: one section an article, then the inputs that failed.</summary>
public static class MarkdownReportWriter
{
    public static void Write(TextWriter output, AnalysisReport report)
    {
        output.WriteLine($"# Corroborate report: {report.Articles.Length} articles, {report.Errors.Length} failed inputs");
        output.WriteLine();
        foreach (var article in report.Articles)
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

        if (report.Errors.Length > 0)
        {
            output.WriteLine("## Inputs that failed");
            output.WriteLine();
            foreach (var error in report.Errors)
            {
                output.WriteLine($"- `{error.Source}`: {Escape(error.Message)}");
            }
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
