using System.Collections.Immutable;

namespace Corroborate.Corroboration;

/// <summary>
/// The day each article speaks from, so counts can be put in time order: its publication day, or, for an undated
/// article in a story of dated ones, the latest day its own weekdays name among the days around the story's (a text
/// is written on or after what it reports: "figures released on Wednesday" puts it on that Wednesday). A weekday
/// that could be two days of that window places nothing, nor does anything when the dated articles span more than
/// a few days.
/// </summary>
internal static class WrittenDays
{
    /// <summary>Dated articles further apart than this leave undated ones unplaced: their weekdays would name two weeks.</summary>
    private const int MaxStorySpanDays = 3;

    /// <summary>Days before the first and after the last dated article a weekday may fall on.</summary>
    private const int Margin = 3;

    public static ImmutableArray<ClaimMention> Place(ImmutableArray<ClaimMention> mentions)
    {
        var dated = mentions.Where(m => m.Written is not null).Select(m => m.Written!.Value).ToList();
        if (dated.Count == 0 || mentions.All(m => m.Written is not null))
        {
            return mentions;
        }

        var (first, last) = (dated.Min(), dated.Max());
        if (last.DayNumber - first.DayNumber > MaxStorySpanDays)
        {
            return mentions;
        }

        var window = Enumerable.Range(first.DayNumber - Margin, last.DayNumber - first.DayNumber + (2 * Margin) + 1).Select(DateOnly.FromDayNumber).ToList();
        var placed = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var article in mentions.Where(m => m.Written is null).GroupBy(m => m.ArticleId, StringComparer.Ordinal))
        {
            DateOnly? latest = null;
            foreach (var value in article.SelectMany(m => m.Values))
            {
                if (value.Day is { Named: true, Weekday: { } weekday, Date: null } && window.Where(d => d.DayOfWeek == weekday).ToList() is [var only]
                    && (latest is null || only > latest))
                {
                    latest = only;
                }
            }

            if (latest is { } day)
            {
                placed[article.Key] = day;
            }
        }

        return placed.Count == 0 ? mentions : [.. mentions.Select(m => m.Written is null && placed.TryGetValue(m.ArticleId, out var day) ? m with { Written = day } : m)];
    }
}
