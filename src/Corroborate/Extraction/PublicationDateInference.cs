using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// The date an article speaks from: its publication date when known, otherwise one inferred from clues in
/// the text. Clues, strongest first: "yesterday, Thursday" with a full date on a Thursday elsewhere
/// (published the day after it); the latest full date when a bare weekday names its day ("on Thursday"
/// beside "June 15, 2023"), read as the day of writing; the latest embedded-post date (a lower bound:
/// an article cannot quote a post from after it was written). A full date alone, with no such clue, may be
/// history and dates nothing.
/// </summary>
internal static partial class PublicationDateInference
{
    public const string FromPublished = "published";
    public const string FromYesterdayWeekday = "yesterday-weekday";
    public const string FromDatedWeekday = "dated-weekday";
    public const string FromEmbeddedPost = "embedded-post";

    /// <summary>The date and the clue that gave it (<c>published</c>, <c>yesterday-weekday</c>, <c>dated-weekday</c>, <c>embedded-post</c>), or (null, null).</summary>
    public static (DateOnly? Date, string? From) Infer(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        // Read once per article: every report of a story (and of a growing story, every one it gets) asks for every article's
        // date, and without a publication date that runs the date expressions over its whole text. An article is immutable and
        // the answer reads nothing else, so the article itself is the key.
        return Inferred.GetValue(article, static a => new Boxed(InferFromArticle(a))).Value;
    }

    private sealed record Boxed((DateOnly? Date, string? From) Value);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Article, Boxed> Inferred = new();

    private static (DateOnly? Date, string? From) InferFromArticle(Article article)
    {
        // A date outside SaneDates is no date (Go's zero time, 9999-12-31): infer one instead.
        if (SaneDates.Publication(article.Published) is { } published)
        {
            // The date as the outlet wrote it, in its own offset, not shifted to UTC.
            return (DateOnly.FromDateTime(published.DateTime), FromPublished);
        }

        var text = article.CleanText;
        var absolute = new List<TemporalExpression>();
        TemporalExpressionExtractor.AddAbsolute(text, null, absolute);
        var known = new List<DateOnly>();
        foreach (var expression in absolute)
        {
            if (expression is { Granularity: Granularity.Day, Date: { } date } && SaneDates.Contains(date))
            {
                known.Add(date);
            }
        }

        DateOnly? latestPost = null;
        foreach (var segment in article.Segments)
        {
            if (segment is { Kind: SegmentKind.EmbeddedPost, Date: { } postDate } && DateOnly.FromDateTime(postDate.DateTime) is var day && SaneDates.Contains(day))
            {
                known.Add(day);
                latestPost = latestPost is { } l && l > day ? l : day;
            }
        }

        if (known.Count == 0)
        {
            return (null, null);
        }

        known.Sort();
        var latest = known[^1];
        if (YesterdayWeekday().Match(text) is { Success: true } clue && TimeWords.WeekdayLookup.TryGetValue(clue.Groups["weekday"].ValueSpan, out var named))
        {
            var daysBack = clue.Groups["rel"].Value.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            for (var i = known.Count - 1; i >= 0; i--)
            {
                if ((int)known[i].DayOfWeek == named)
                {
                    return (CalendarMath.AddDays(known[i], daysBack), FromYesterdayWeekday);
                }
            }

            return CalendarMath.OnOrAfter(latest, (DayOfWeek)named) is { } next && CalendarMath.AddDays(next, daysBack) is { } day && SaneDates.Contains(day)
                ? (day, FromYesterdayWeekday)
                : (null, null);
        }

        foreach (Match weekday in BareWeekday().Matches(text))
        {
            if (TimeWords.WeekdayLookup.TryGetValue(weekday.Groups["weekday"].ValueSpan, out var day) && (int)latest.DayOfWeek == day)
            {
                return (latest, FromDatedWeekday);
            }
        }

        return latestPost is { } post ? (post, FromEmbeddedPost) : (null, null);
    }

    [GeneratedRegex(@"\b(?<rel>(?i:yesterday|today))(?:,\s|\s\()(?<weekday>\p{Lu}\p{Ll}{2,5}day)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex YesterdayWeekday();

    [GeneratedRegex(@"\b(?i:on)\s(?<weekday>\p{Lu}\p{Ll}{2,5}day)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BareWeekday();
}
