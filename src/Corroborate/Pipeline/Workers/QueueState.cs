namespace Corroborate.Pipeline.Workers;

/// <summary>Work left in a shared store: inputs not yet placed in stories, of which not yet read, and story report jobs.</summary>
internal sealed record QueueState(long WaitingInputs, long UnreadInputs, long WaitingJobs)
{
    public bool IsDrained => WaitingInputs == 0 && WaitingJobs == 0;
}
