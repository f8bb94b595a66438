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

    public static string Of(EntityAttributeName name) => name switch
    {
        EntityAttributeName.Role => "role",
        EntityAttributeName.RoleKind => "roleKind",
        EntityAttributeName.Country => "country",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static string Of(RoleKind kind) => kind switch
    {
        RoleKind.Official => "official",
        RoleKind.HeadOfState => "head-of-state",
        RoleKind.HeadOfGovernment => "head-of-government",
        RoleKind.Minister => "minister",
        RoleKind.Military => "military",
        RoleKind.Religious => "religious",
        RoleKind.Royal => "royal",
        RoleKind.Honorific => "honorific",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Of(ConflictKind kind) => kind switch
    {
        ConflictKind.Contradiction => "contradiction",
        ConflictKind.Update => "update",
        ConflictKind.Precision => "precision",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
