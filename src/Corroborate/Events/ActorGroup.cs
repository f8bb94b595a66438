namespace Corroborate.Events;

/// <summary>A coordinated group of actor phrases: "Fornost and Gondor" codes both.</summary>
internal sealed class ActorGroup(int start, int end)
{
    public int Start { get; set; } = start;

    /// <summary>Exclusive token index.</summary>
    public int End { get; set; } = end;

    public List<EventActor> Actors { get; } = [];
}
