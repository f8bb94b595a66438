using System.Collections.Immutable;
using Corroborate.Corroboration;
using Corroborate.Events;
using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Reporting;

/// <summary>One story as the report shows it: its identity and members, and what extraction found in it.</summary>
public sealed record StoryReport(
    string Id,
    string Title,
    ImmutableArray<string> Articles,
    ImmutableArray<(string Id, string DuplicateOf)> Duplicates,
    ImmutableArray<string> Keywords,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    StoryExtraction? Extraction)
{
    /// <summary>Claims aligned across the story's articles, their conflicts and the briefing; null when nothing was extracted.</summary>
    public StoryCorroboration? Corroboration { get; init; }
    /// <summary>The story's CAMEO events, one per happening across its articles.</summary>
    public ImmutableArray<StoryEvent> Events { get; init; } = [];

    /// <summary>Store-wide identity (<see cref="EntityRegistry"/>) of each of the story's entities, by story entity id.</summary>
    public ImmutableDictionary<string, string> EntityIds { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Articles left out of a stage and stages that failed for this story, each naming the input and the story.</summary>
    public ImmutableArray<InputError> Errors { get; init; } = [];

    /// <summary>Wall time of each stage of this story's analysis; not written to the JSON contract (it changes from run to run).</summary>
    public Pipeline.StoryStageTimings Timings { get; init; } = Pipeline.StoryStageTimings.None;
}
