namespace Corroborate.Events;

/// <summary>
/// The shallow syntax of one sentence the coder works on: tokens, actor noun phrases (country/agent pieces merged,
/// possessives and "X of Y" included), coordinated groups ("X and Y"), verbs, and clause membership of each token.
/// </summary>
internal sealed class SentenceParse
{
    /// <summary>The text the tokens' spans point into (letter case tells a common noun from a name).</summary>
    public required string Text { get; init; }

    public required List<EventToken> Tokens { get; init; }

    /// <summary>Every token key once, and the plural-less forms of plurals, for quick pattern screening.</summary>
    public required HashSet<string> Words { get; init; }

    /// <summary>Actor noun phrases in order; each is a coordinated group of one or more phrases.</summary>
    public List<ActorGroup> Groups { get; } = [];

    /// <summary>Group index covering each token, or -1.</summary>
    public required int[] GroupAt { get; init; }

    /// <summary>Verb entry at each token, when the token is a verb.</summary>
    public required VerbEntry?[] VerbAt { get; init; }

    public required int[] ClauseOf { get; init; }

    public List<ClauseInfo> Clauses { get; } = [];
}
