using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// A time expression found in <see cref="Article.CleanText"/>. <see cref="Span"/> is half-open and
/// <c>CleanText[Span.Start..Span.End] == Text</c>; spans leave out a bare leading "on"/"in"/"at" but keep
/// words that change the meaning ("last", "next", "earlier this", "by the end of").
/// </summary>
/// <param name="Date">The first day the expression covers, or null when it could not be resolved.</param>
/// <param name="EndDate">The last day (inclusive) for weeks, months, seasons and years; equals <paramref name="Date"/> for days.</param>
/// <param name="Granularity">day, part-of-day, week, month, season, year, or vague (unresolvable by nature: "in the near future").</param>
/// <param name="PartOfDay">morning, afternoon, evening, night… when the expression names one.</param>
/// <param name="Relative">True when the date depends on the publication date (weekdays, "yesterday", "June 15" without a year).</param>
/// <param name="Resolved">True when <paramref name="Date"/> is set.</param>
/// <param name="Anchor">What a relative expression was resolved against: "published" or "inferred"; null for absolute dates.</param>
public sealed record TemporalExpression(
    TextSpan Span,
    string Text,
    DateOnly? Date,
    DateOnly? EndDate,
    Granularity Granularity,
    string? PartOfDay,
    bool Relative,
    bool Resolved,
    string? Anchor);
