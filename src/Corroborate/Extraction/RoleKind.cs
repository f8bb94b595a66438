namespace Corroborate.Extraction;

/// <summary>
/// What kind of office a role or title names (the second column of <c>Resources/Entities/roles.txt</c>); the
/// contract writes its name through <c>Reporting/ContractNames</c>.
/// </summary>
public enum RoleKind
{
    /// <summary>An office-holder of no more specific kind (the default of a role listed without a kind).</summary>
    Official,

    /// <summary>A head of state: president, king as head of state.</summary>
    HeadOfState,

    /// <summary>A head of government: prime minister, premier, chancellor.</summary>
    HeadOfGovernment,

    /// <summary>A minister or secretary of a portfolio.</summary>
    Minister,

    /// <summary>A military rank or command.</summary>
    Military,

    /// <summary>A religious office.</summary>
    Religious,

    /// <summary>A royal title.</summary>
    Royal,

    /// <summary>A courtesy title (Mr, Dr…): it names no office, so it is no role attribute.</summary>
    Honorific,
}
