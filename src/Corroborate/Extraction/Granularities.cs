namespace Corroborate.Extraction;

/// <summary>The granularities a <see cref="TemporalExpression"/> carries. Stable strings: they appear in JSON.</summary>
public static class Granularities
{
    public const string Day = "day";
    public const string PartOfDay = "part-of-day";
    public const string Week = "week";
    public const string Month = "month";
    public const string Season = "season";
    public const string Year = "year";
    public const string Vague = "vague";
}
