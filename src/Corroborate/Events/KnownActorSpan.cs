namespace Corroborate.Events;

/// <summary>An actor the caller already found in the text (a story entity): its character span and CAMEO code.</summary>
public sealed record KnownActorSpan(int Start, int End, string Code, string? EntityId);
