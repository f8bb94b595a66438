using System.Text.RegularExpressions;
using Corroborate.Ingest;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Tests.Support;

/// <summary>Builds articles from text the way the pipeline does, for tests of one stage.</summary>
public static class Articles
{
    public static Article FromPlainText(string text, string source = "test.txt") =>
        new ArticleAssembler().Assemble(new ArticleCleaner().Clean(PlainTextHeaderReader.Read(text, source)));

    public static Article FromFixture(string relative) => FromPlainText(Fixtures.Text(relative), relative);

    /// <summary>
    /// Nothing silently lost: every line of <paramref name="raw"/>, once the removed pieces are taken
    /// out of it, stands in the clean text.
    /// </summary>
    public static IEnumerable<string> LinesLost(string raw, Article article)
    {
        var clean = Collapse(article.CleanText);
        // Whole words only: a removed "AFP" credit must not excuse a lost "AFP3.5" elsewhere.
        // The cleaner takes media links off a line before judging the rest of it, so the check does too.
        var mediaLinks = string.Join('|', article.Removed.Where(r => r.Reason == Corroborate.Model.RemovalReasons.MediaLink)
            .Select(r => Regex.Escape(r.Text)).DefaultIfEmpty("(?!)"));
        var removals = string.Join('|', article.Removed.Select(r => Collapse(r.Text)).Where(t => t.Length > 0)
            .OrderByDescending(t => t.Length).Select(WholeWords));
        foreach (var line in raw.Split('\n'))
        {
            var asWritten = Unaccounted(Collapse(line), clean, removals);
            if (asWritten.Count > 0 && Unaccounted(Collapse(Regex.Replace(line, mediaLinks, " ")), clean, removals) is { Count: > 0 })
            {
                foreach (var piece in asWritten)
                {
                    yield return piece;
                }
            }
        }
    }

    private static List<string> Unaccounted(string line, string clean, string removals)
    {
        if (line.Length == 0 || clean.Contains(line, StringComparison.Ordinal))
        {
            return [];
        }

        var pieces = removals.Length == 0 ? [line] : Regex.Split(line, removals);
        return [.. pieces.Select(Collapse).Where(p => p.Length > 0 && !clean.Contains(p, StringComparison.Ordinal))];
    }

    private static string WholeWords(string text) =>
        (char.IsLetterOrDigit(text[0]) ? @"(?<!\w)" : "") + Regex.Escape(text) + (char.IsLetterOrDigit(text[^1]) ? @"(?!\w)" : "");

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
