namespace Corroborate.Events;

/// <summary>A verb block of the dictionary (<c>--- MEET [040] ---</c>): its default code and the patterns its verbs share.</summary>
public sealed class VerbBlock(string name, EventCodePair code)
{
    public string Name { get; } = name;

    public EventCodePair Code { get; } = code;

    public List<VerbPattern> Patterns { get; } = [];

    private VerbPattern[]? _byWeight;

    /// <summary>The patterns longest first (file order among equals), so the first that matches is the best.</summary>
    public VerbPattern[] ByWeight => _byWeight ??= [.. Patterns.OrderByDescending(p => p.Weight).ThenBy(p => p.Order)];
}
