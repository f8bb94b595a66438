namespace Corroborate.Extraction;

/// <summary>What an <see cref="EntityAttribute"/> records; the contract writes its name through <c>Reporting/ContractNames</c>.</summary>
public enum EntityAttributeName
{
    /// <summary>The role or title a mention gives the entity ("Foreign Minister").</summary>
    Role,

    /// <summary>The kind of that role (<see cref="Extraction.RoleKind"/>).</summary>
    RoleKind,

    /// <summary>The country a person's role names (an ISO code).</summary>
    Country,
}
