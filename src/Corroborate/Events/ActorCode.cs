namespace Corroborate.Events;

/// <summary>A CAMEO actor code an actor carries, optionally only between two dates (office-holders).</summary>
public sealed record ActorCode(string Code, DateOnly? From = null, DateOnly? To = null)
{
    public bool AppliesOn(DateOnly? date) => date is not { } d || ((From is null || d >= From) && (To is null || d <= To));
}
