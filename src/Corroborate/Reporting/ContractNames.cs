using Corroborate.Corroboration;
using Corroborate.Extraction;

namespace Corroborate.Reporting;

/// <summary>
/// The names the JSON contract (and every format) writes for the domain's enums: the domain holds values, the
/// writer holds their names, so renaming a C# member cannot change the contract.
/// </summary>
internal static class ContractNames
{
    public static string Of(ConflictField field) => field switch
    {
        ConflictField.Amount => "amount",
        ConflictField.Date => "date",
        ConflictField.Speaker => "speaker",
        ConflictField.Qualifier => "qualifier",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    public static string Of(Granularity granularity) => granularity switch
    {
        Granularity.Day => "day",
        Granularity.PartOfDay => "part-of-day",
        Granularity.Week => "week",
        Granularity.Month => "month",
        Granularity.Season => "season",
        Granularity.Year => "year",
        Granularity.Vague => "vague",
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, null),
    };

    public static string Of(ConflictKind kind) => kind switch
    {
        ConflictKind.Contradiction => "contradiction",
        ConflictKind.Update => "update",
        ConflictKind.Precision => "precision",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
