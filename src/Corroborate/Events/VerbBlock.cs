namespace Corroborate.Events;

/// <summary>A verb block of the dictionary (<c>--- MEET [040] ---</c>): its default code and the patterns its verbs share.</summary>
public sealed class VerbBlock(string name, EventCodePair code)
{
    public string Name { get; } = name;

    public EventCodePair Code { get; } = code;

    public List<VerbPattern> Patterns { get; } = [];

    private VerbPattern[]? _byWeight;

    /// <summary>
    /// The verbs (lemma keys) a pattern was written for, when its dictionary comment names verbs of this block
    /// ("- * OFF [046] # KICK"); a pattern without such a comment is for every verb of the block.
    /// </summary>
    public Dictionary<VerbPattern, HashSet<string>> WrittenFor { get; } = [];

    /// <summary>Whether the pattern is for this verb: it names no verb, or names this one.</summary>
    public bool IsFor(VerbPattern pattern, string lemma) => !WrittenFor.TryGetValue(pattern, out var lemmas) || lemmas.Contains(lemma);

    /// <summary>The patterns longest first (file order among equals), so the first that matches is the best.</summary>
    public VerbPattern[] ByWeight => _byWeight ??= [.. Patterns.OrderByDescending(p => p.Weight).ThenBy(p => p.Order)];
}
