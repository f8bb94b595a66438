namespace Corroborate.Events;

/// <summary>
/// An actor as a coding names it: its CAMEO actor code (country plus sector: IRNGOV), the text that named it, its
/// character span in the coded text, and the story entity it is when the caller supplied entities.
/// </summary>
public sealed record EventActor(string Code, string Text, int Start, int End, string? EntityId = null);
