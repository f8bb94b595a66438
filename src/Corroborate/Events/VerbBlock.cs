namespace Corroborate.Events;

/// <summary>A verb block of the dictionary (<c>--- MEET [040] ---</c>): its default code and the patterns its verbs share.</summary>
public sealed class VerbBlock(string name, EventCodePair code)
{
    public string Name { get; } = name;

    public EventCodePair Code { get; } = code;

    public List<VerbPattern> Patterns { get; } = [];
}
