namespace Corroborate.Extraction;

/// <summary>
/// How precisely a <see cref="TemporalExpression"/> or a <see cref="TimelineEntry"/> places a happening; the JSON
/// contract writes it by name (<c>Reporting.ContractNames</c>): "day", "part-of-day", "week", "month", "season",
/// "year", "vague" (unresolvable by nature: "in the near future").
/// </summary>
public enum Granularity
{
    Day,
    PartOfDay,
    Week,
    Month,
    Season,
    Year,
    Vague,
}
