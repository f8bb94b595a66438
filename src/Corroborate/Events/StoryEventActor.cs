namespace Corroborate.Events;

/// <summary>An event's source or target: display name, CAMEO actor code, and the story entity when one named it.</summary>
public sealed record StoryEventActor(string Name, string Code, string? Entity);
