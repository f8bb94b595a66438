using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>Expressions whose date depends on the anchor: weekdays, "yesterday", "last year", "in February"…</summary>
public sealed partial class TemporalExpressionExtractor
{
    private static void AddRelative(Article article, Anchor? anchor, List<TemporalExpression> found)
    {
        var text = article.CleanText;
        foreach (Match match in Weekday().Matches(text))
        {
            var name = match.Groups["name"];
            if (!TimeWords.WeekdayLookup.TryGetValue(text.AsSpan(name.Index, match.Index + 3 - name.Index), out var weekday))
            {
                continue;
            }

            var (end, part) = PartOfDay(match);
            var start = StartOf(match);
            DateOnly? date = anchor is null ? null : ResolveWeekday(article, anchor.Date, (DayOfWeek)weekday, match.Groups["mod"], start);
            found.Add(Make(text, start, end, date, date, part is null ? Granularity.Day : Granularity.PartOfDay, part, true, anchor?.Kind));
        }

        foreach (Match match in RelativeDay().Matches(text))
        {
            var (end, part) = PartOfDay(match);
            var rel = match.Groups["rel"].ValueSpan;
            if (rel.Equals("today", StringComparison.OrdinalIgnoreCase) && end == match.Groups["rel"].Index + 5 && OpensClause(text, end))
            {
                found.Add(Make(text, match.Index, end, null, null, Granularity.Vague, null, true, null));
                continue;
            }

            var offset = rel.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? -1 : rel.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            part ??= rel.Equals("tonight", StringComparison.OrdinalIgnoreCase) ? "night" : null;
            DateOnly? date = anchor is null ? null : CalendarMath.AddDays(anchor.Date, offset);
            found.Add(Make(text, match.Index, end, date, date, part is null ? Granularity.Day : Granularity.PartOfDay, part, true, anchor?.Kind));
        }

        foreach (Match match in ModifiedWord().Matches(text))
        {
            AddModifiedWord(text, anchor, match, found);
        }

        foreach (Match match in EndOf().Matches(text))
        {
            var which = match.Groups["which"].Value.ToLowerInvariant();
            var step = which switch { "next" => 1, "last" => -1, _ => 0 };
            AddPeriod(text, anchor, StartOf(match), match.Index + match.Length, match.Groups["unit"].Value.ToLowerInvariant(), step, early: false, found);
        }

        foreach (Match match in Ago().Matches(text))
        {
            var count = NumberWordParser.Parse(match.Groups["n"].ValueSpan);
            if (count is null && !TimeWords.VagueCounts.Contains(match.Groups["n"].Value))
            {
                // "scheduled years ago": the word before is not a count, and "years ago" alone says only "a while back".
                continue;
            }

            var unit = match.Groups["unit"].Value.ToLowerInvariant();
            DateOnly? date = anchor is null || count is not { } n || n > 10_000 ? null : unit switch
            {
                "day" => CalendarMath.AddDays(anchor.Date, -(long)n),
                "week" => CalendarMath.AddDays(anchor.Date, -7 * (long)n),
                "month" => CalendarMath.AddMonths(anchor.Date, -(long)n),
                _ => CalendarMath.AddYears(anchor.Date, -(long)n),
            };
            var granularity = count is null ? Granularity.Vague : unit switch
            {
                "day" => Granularity.Day,
                "week" => Granularity.Week,
                "month" => Granularity.Month,
                _ => Granularity.Year,
            };
            found.Add(Make(text, StartOf(match), match.Index + match.Length, date, date, granularity, null, true, anchor?.Kind));
        }

        foreach (Match match in InMonth().Matches(text))
        {
            var group = match.Groups["month"];
            if (Month(group.ValueSpan) is not { } month)
            {
                continue;
            }

            DateOnly? first = null;
            if (anchor is not null)
            {
                var forward = IsFuture(article, group.Index);
                var year = forward ? (month >= anchor.Date.Month ? anchor.Date.Year : anchor.Date.Year + 1)
                    : (month <= anchor.Date.Month ? anchor.Date.Year : anchor.Date.Year - 1);
                first = CalendarMath.TryDate(year, month, 1);
            }

            found.Add(Make(text, group.Index, group.Index + group.Length, first, first is { } f ? CalendarMath.MonthEnd(f) : null, Granularity.Month, null, true, anchor?.Kind));
        }

        foreach (Match match in Vague().Matches(text))
        {
            found.Add(Make(text, match.Index, match.Index + match.Length, null, null, Granularity.Vague, null, true, null));
        }
    }

    private static void AddModifiedWord(string text, Anchor? anchor, Match match, List<TemporalExpression> found)
    {
        var word = match.Groups["word"].Value.ToLowerInvariant();
        var mod = match.Groups["mod"].Value.ToLowerInvariant();
        var step = mod switch { "last" or "past" => -1, "next" or "coming" => 1, _ => 0 };
        var early = match.Groups["early"].Success;
        var (start, end) = (StartOf(match), match.Index + match.Length);
        if (word is "week" or "month" or "year")
        {
            AddPeriod(text, anchor, start, end, word, step, early, found);
        }
        else if (TimeWords.PartsOfDay.Contains(word))
        {
            // "last night" is the evening before the anchor; "this morning" is the anchor's own.
            DateOnly? date = anchor is null ? null : CalendarMath.AddDays(anchor.Date, step);
            found.Add(Make(text, start, end, date, date, Granularity.PartOfDay, word, true, anchor?.Kind));
        }
        else if (TimeWords.Seasons.TryGetValue(word, out var startMonth))
        {
            var first = anchor is null ? null : Season(anchor.Date, startMonth, step);
            var last = first is { } f && CalendarMath.AddMonths(f, 3) is { } after ? CalendarMath.AddDays(after, -1) : null;
            found.Add(Make(text, start, end, first, last, Granularity.Season, null, true, anchor?.Kind));
        }
        else if (Month(word) is { } month && word.Length > 3)
        {
            DateOnly? first = anchor is null ? null
                : CalendarMath.TryDate(step < 0 ? (month < anchor.Date.Month ? anchor.Date.Year : anchor.Date.Year - 1)
                    : step > 0 ? (month > anchor.Date.Month ? anchor.Date.Year : anchor.Date.Year + 1) : anchor.Date.Year, month, 1);
            found.Add(Make(text, start, end, first, first is { } f ? CalendarMath.MonthEnd(f) : null, Granularity.Month, null, true, anchor?.Kind));
        }
    }

    /// <summary>
    /// "last year", "this week", "earlier this week" (its Monday up to the anchor), "by the end of the current
    /// year" (the whole year: the deadline is <see cref="TemporalExpression.EndDate"/>).
    /// </summary>
    private static void AddPeriod(string text, Anchor? anchor, int start, int end, string unit, int step, bool early, List<TemporalExpression> found)
    {
        DateOnly? first = null, last = null;
        if (anchor is { Date: var a })
        {
            var monday = CalendarMath.WeekStart(a);
            var month = CalendarMath.AddMonths(new DateOnly(a.Year, a.Month, 1), step);
            (first, last) = unit switch
            {
                "week" => (monday is { } m ? CalendarMath.AddDays(m, 7 * step) : null, monday is { } m2 ? CalendarMath.AddDays(m2, (7 * step) + 6) : null),
                "month" => (month, month is { } f ? CalendarMath.MonthEnd(f) : null),
                _ => (CalendarMath.TryDate(a.Year + step, 1, 1), CalendarMath.TryDate(a.Year + step, 12, 31)),
            };
            if (early && step == 0)
            {
                last = a;
            }
        }

        var granularity = unit switch
        {
            "week" => Granularity.Week,
            "month" => Granularity.Month,
            _ => Granularity.Year,
        };
        found.Add(Make(text, start, end, first, last, granularity, null, true, anchor?.Kind));
    }

    /// <summary>The season instance starting in <paramref name="startMonth"/>: the latest one ended before the anchor ("last"), the one holding or following it.</summary>
    private static DateOnly? Season(DateOnly anchor, int startMonth, int step)
    {
        // The latest instance that has started: this year's, or last year's when this year's is still ahead.
        if (CalendarMath.TryDate(startMonth <= anchor.Month ? anchor.Year : anchor.Year - 1, startMonth, 1) is not { } first
            || CalendarMath.AddMonths(first, 3) is not { } over)
        {
            return null;
        }

        // "last" wants one already over.
        if (step < 0)
        {
            return over > anchor ? CalendarMath.AddYears(first, -1) : first;
        }

        return step > 0 || over <= anchor ? CalendarMath.AddYears(first, 1) : first;
    }

    private static DateOnly? ResolveWeekday(Article article, DateOnly anchor, DayOfWeek weekday, Group mod, int position)
    {
        var modifier = mod.Success ? mod.Value.ToLowerInvariant() : "";
        return modifier switch
        {
            "last" or "past" => CalendarMath.AddDays(anchor, -1) is { } before ? CalendarMath.OnOrBefore(before, weekday) : null,
            "next" or "coming" => CalendarMath.AddDays(anchor, 1) is { } after ? CalendarMath.OnOrAfter(after, weekday) : null,
            "this" => CalendarMath.WeekStart(anchor) is { } monday ? CalendarMath.AddDays(monday, ((int)weekday + 6) % 7) : null,
            _ when IsFuture(article, position) => CalendarMath.OnOrAfter(anchor, weekday),
            // "said he would meet her on Tuesday" in a Monday paper is the next day; in a Wednesday paper, the day before.
            _ when IsReportedFuture(article, position) => CalendarMath.NearestWeekday(anchor, weekday),
            _ => CalendarMath.OnOrBefore(anchor, weekday),
        };
    }

    /// <summary>The word after <paramref name="end"/> (one space away) opens a clause: "today the era…" means nowadays.</summary>
    private static bool OpensClause(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ')
        {
            return false;
        }

        var wordEnd = end + 1;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return TimeWords.ClauseStarterLookup.Contains(text.AsSpan(end + 1, wordEnd - end - 1));
    }

    /// <summary>Where a match's text begins, counting groups captured in a leading lookbehind.</summary>
    private static int StartOf(Match match)
    {
        var start = match.Index;
        foreach (Group group in match.Groups)
        {
            if (group.Success && group.Length > 0 && group.Index < start)
            {
                start = group.Index;
            }
        }

        return start;
    }

    /// <summary>The part of day after a weekday, when the table knows the word; otherwise the span stops before it.</summary>
    private static (int End, string? Part) PartOfDay(Match match)
    {
        var part = match.Groups["part"];
        if (!part.Success)
        {
            return (match.Index + match.Length, null);
        }

        return TimeWords.PartsOfDay.Contains(part.Value) ? (match.Index + match.Length, part.Value.ToLowerInvariant()) : (part.Index - 1, null);
    }

    private static bool IsFuture(Article article, int position)
    {
        var start = SentenceStart(article, position);
        return FutureCue().IsMatch(article.CleanText.AsSpan(start, position - start));
    }

    private static bool IsReportedFuture(Article article, int position)
    {
        var start = SentenceStart(article, position);
        return ReportedFutureCue().IsMatch(article.CleanText.AsSpan(start, position - start));
    }

    /// <summary>Start of the sentence holding <paramref name="position"/> (binary search over the sorted sentence spans).</summary>
    internal static int SentenceStart(Article article, int position) =>
        SentenceIndex(article.Sentences, position) is var i and >= 0 && article.Sentences[i].Start <= position ? article.Sentences[i].Start : Math.Max(0, article.CleanText.LastIndexOf('\n', Math.Max(0, position - 1)) + 1);

    /// <summary>The last sentence starting at or before <paramref name="position"/>, or -1.</summary>
    internal static int SentenceIndex(System.Collections.Immutable.ImmutableArray<TextSpan> sentences, int position)
    {
        int lo = 0, hi = sentences.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sentences[mid].Start <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
