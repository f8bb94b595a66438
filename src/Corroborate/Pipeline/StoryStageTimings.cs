namespace Corroborate.Pipeline;

/// <summary>
/// Wall time of each stage of one story's analysis (<see cref="StoryAnalyzer"/>), kept on its report so a slow story
/// names its slow stage. Not part of the JSON contract: it changes from run to run.
/// </summary>
public sealed record StoryStageTimings(TimeSpan Extraction, TimeSpan Corroboration, TimeSpan Events, TimeSpan Identity)
{
    public static StoryStageTimings None { get; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    public TimeSpan Total => Extraction + Corroboration + Events + Identity;
}
