namespace Corroborate.Events;

/// <summary>
/// A sector noun from an agents dictionary: "PRESIDENT [~GOV]" adds GOV after the country code (IRN → IRNGOV);
/// "HUMAN_RIGHTS_BODY [NGO~]" puts its code before it.
/// </summary>
public sealed record AgentCode(string Code, bool Prefix)
{
    public string Apply(string? country) => country is null ? Code : Prefix ? Code + country : country + Code;
}
