using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// Finds time expressions in an article's clean text and resolves them to calendar dates. Absolute dates
/// ("June 15, 2023", "15 June 2023", "2023-06-15", "June 2023", "in 2016") stand alone; relative ones
/// are resolved against the publication date, or one inferred by <see cref="PublicationDateInference"/>.
/// <para>
/// Weekdays: news reports what happened, so a bare weekday is the latest such day on or before the anchor
/// ("on Thursday" in a Saturday paper is two days earlier; in a Thursday paper, that day). A future cue
/// earlier in the sentence ("will", "is due to", "scheduled") turns it to the first such day on or after.
/// "last Thursday" is strictly before the anchor, "next Thursday" strictly after, "this Thursday" is in
/// the anchor's Monday-based week. Where patterns overlap, the earliest and then longest wins.
/// </para>
/// Reads <see cref="Article.CleanText"/>, <see cref="Article.Sentences"/>, <see cref="Article.Published"/>
/// and embedded-post segment dates; spans are half-open into <see cref="Article.CleanText"/>.
/// </summary>
public sealed partial class TemporalExpressionExtractor
{
    public static TemporalExpressionExtractor Default { get; } = new();

    public ImmutableArray<TemporalExpression> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var (date, from) = PublicationDateInference.Infer(article);
        return Extract(article, date is { } d ? new Anchor(d, from == PublicationDateInference.FromPublished ? "published" : "inferred") : null);
    }

    /// <summary>Resolves against a given anchor (the timeline lends story peers' dates to undated articles).</summary>
    internal ImmutableArray<TemporalExpression> Extract(Article article, Anchor? anchor)
    {
        // Relative dates are computed only from a date that can be one (see SaneDates); otherwise they stay unresolved.
        anchor = anchor is { } a && SaneDates.Contains(a.Date) ? a : null;
        var found = new List<TemporalExpression>();
        AddAbsolute(article.CleanText, anchor, found, article);
        AddRelative(article, anchor, found);
        return SelectNonOverlapping(found);
    }

    /// <summary>The date relative expressions are resolved against, and what it is ("published" or "inferred").</summary>
    internal sealed record Anchor(DateOnly Date, string Kind);

    /// <summary>Dates that carry their own year or month; with an anchor, also "June 15" and "15 June".</summary>
    internal static void AddAbsolute(string text, Anchor? anchor, List<TemporalExpression> found, Article? article = null)
    {
        foreach (var match in IsoDate().EnumerateMatches(text))
        {
            var s = text.AsSpan(match.Index, match.Length);
            if (Year(s[..4]) is { } isoYear && CalendarMath.TryDate(isoYear, Int(s[5..7]), Int(s[8..10])) is { } date)
            {
                found.Add(Day(text, match.Index, match.Index + match.Length, date, null, relative: false, anchor: null));
            }
        }

        foreach (Match match in SlashDate().Matches(text))
        {
            var (a, b, year) = (Int(match.Groups["a"].ValueSpan), Int(match.Groups["b"].ValueSpan), Year(match.Groups["year"].ValueSpan) ?? 0);
            // 05/06/2023 is May 6 in Washington and 5 June in London: only a part above 12, or equal parts, settle it.
            var (month, day) = a > 12 ? (b, a) : b > 12 ? (a, b) : a == b ? (a, a) : (0, 0);
            if (CalendarMath.TryDate(year, month, day) is { } date)
            {
                found.Add(Day(text, match.Index, match.Index + match.Length, date, null, relative: false, anchor: null));
            }
        }

        AddMonthDay(text, anchor, MonthDay(), found, article);
        AddMonthDay(text, anchor, DayMonth(), found, article);

        foreach (Match match in MonthYear().Matches(text))
        {
            if (Month(match.Groups["month"].ValueSpan) is { } month && Year(match.Groups["year"].ValueSpan) is { } year)
            {
                var first = new DateOnly(year, month, 1);
                found.Add(Make(text, match.Index, match.Index + match.Length, first, CalendarMath.MonthEnd(first), Granularity.Month, null, false, null));
            }
        }

        foreach (Match match in YearRange().Matches(text))
        {
            AddYear(text, match.Groups["y1"], found);
            AddYear(text, match.Groups["y2"], found);
        }

        foreach (Match match in PrepositionYear().Matches(text))
        {
            AddYear(text, match.Groups["year"], found);
        }
    }

    private static void AddMonthDay(string text, Anchor? anchor, Regex pattern, List<TemporalExpression> found, Article? article)
    {
        foreach (Match match in pattern.Matches(text))
        {
            if (Month(match.Groups["month"].ValueSpan) is not { } month)
            {
                continue;
            }

            var day = Int(match.Groups["day"].ValueSpan);
            var (start, end) = (StartOf(match), match.Index + match.Length);
            if (match.Groups["year"] is { Success: true } yearGroup && Year(yearGroup.ValueSpan) is { } year)
            {
                if (CalendarMath.TryDate(year, month, day) is { } date)
                {
                    found.Add(Day(text, start, end, date, null, relative: false, anchor: null));
                }
            }
            else if (anchor is not null && YearFromAnchor(anchor.Date, month, day, article is not null && IsFuture(article, start)) is { } date)
            {
                // Only the year comes from the anchor; a year group that failed the range check is not part of the span.
                var dayEnd = match.Groups["year"].Success ? match.Groups["day"].Index + match.Groups["day"].Length : end;
                found.Add(Day(text, start, dayEnd, date, null, relative: true, anchor.Kind));
            }
        }
    }

    /// <summary>
    /// "June 15" with no year: the nearest such day to the anchor, or the first on or after it when the
    /// sentence looks ahead — unless the nearest is the past week: a future word elsewhere in a long
    /// sentence ("his plans to…") does not move "a runoff held on 19 November" a year on.
    /// </summary>
    private static DateOnly? YearFromAnchor(DateOnly anchor, int month, int day, bool future)
    {
        var nearest = CalendarMath.Nearest(anchor, month, day);
        if (!future || (nearest is { } recent && recent <= anchor && anchor.DayNumber - recent.DayNumber <= RecentPastDays))
        {
            return nearest;
        }

        var date = CalendarMath.TryDate(anchor.Year, month, day);
        return date is { } d && d < anchor ? CalendarMath.TryDate(anchor.Year + 1, month, day) : date;
    }

    /// <summary>How far back a day-and-month without a year stays in the past even in a forward-looking sentence.</summary>
    private const int RecentPastDays = 7;

    private static void AddYear(string text, Group group, List<TemporalExpression> found)
    {
        if (Year(group.ValueSpan) is { } year)
        {
            found.Add(Make(text, group.Index, group.Index + group.Length, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), Granularity.Year, null, false, null));
        }
    }

    /// <summary>Earliest first, then longest: "June 15, 2023" beats "June 2023"'s shorter rivals and "yesterday, Thursday" beats "Thursday".</summary>
    private static ImmutableArray<TemporalExpression> SelectNonOverlapping(List<TemporalExpression> found)
    {
        found.Sort(static (x, y) => x.Span.Start != y.Span.Start ? x.Span.Start.CompareTo(y.Span.Start) : y.Span.Length.CompareTo(x.Span.Length));
        var kept = ImmutableArray.CreateBuilder<TemporalExpression>(found.Count);
        var end = 0;
        foreach (var expression in found)
        {
            if (expression.Span.Start >= end)
            {
                kept.Add(expression);
                end = expression.Span.End;
            }
        }

        return kept.ToImmutable();
    }

    internal static TemporalExpression Make(string text, int start, int end, DateOnly? date, DateOnly? endDate, Granularity granularity, string? part, bool relative, string? anchor) =>
        new(new TextSpan(start, end), text[start..end], date, endDate, granularity, part, relative, date is not null, date is null ? null : anchor);

    private static TemporalExpression Day(string text, int start, int end, DateOnly date, string? part, bool relative, string? anchor) =>
        Make(text, start, end, date, date, part is null ? Granularity.Day : Granularity.PartOfDay, part, relative, anchor);

    private static int Int(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    internal static int? Month(ReadOnlySpan<char> word) => TimeWords.MonthLookup.TryGetValue(word, out var month) ? month : null;

    /// <summary>Years news talks about as dates; four digits outside this range are more likely counts or codes.</summary>
    private static int? Year(ReadOnlySpan<char> digits) => Int(digits) is var year and >= 1500 and <= 2199 ? year : null;
}
