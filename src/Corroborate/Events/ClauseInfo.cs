namespace Corroborate.Events;

/// <summary>How a clause began, and where its subject comes from when it names none before its verb.</summary>
internal sealed class ClauseInfo(int id, int inheritFrom, int anchorGroup, bool hypothetical)
{
    /// <summary><see cref="AnchorGroup"/> of a relative clause about a noun that is no actor ("a tour that…").</summary>
    public const int NonActorAntecedent = -2;

    public int Id { get; } = id;

    /// <summary>Clause whose subject a verb-initial clause shares ("X met Y and signed…"), or -1.</summary>
    public int InheritFrom { get; } = inheritFrom;

    /// <summary>Group a relative clause is about ("X, which attacked Y"), <see cref="NonActorAntecedent"/>, or -1.</summary>
    public int AnchorGroup { get; } = anchorGroup;

    /// <summary>Opened by "if"/"unless": nothing in it happened.</summary>
    public bool Hypothetical { get; } = hypothetical;

    public int Subject { get; set; } = -1;

    /// <summary>The word that opened a subordinate clause ("THAT", "AFTER", "WHICH"), or null.</summary>
    public string? Opener { get; init; }
}
