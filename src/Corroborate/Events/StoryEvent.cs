using System.Collections.Immutable;

namespace Corroborate.Events;

/// <summary>
/// One happening in a story, coded in CAMEO: every sentence of every article that reports the same source, target,
/// root code and day is a mention of it. <see cref="NumSources"/> counts distinct outlets, <see cref="NumArticles"/>
/// articles and <see cref="NumMentions"/> sentences, as GDELT counts them.
/// </summary>
public sealed record StoryEvent(
    string Id,
    CameoCode Code,
    StoryEventActor Source,
    StoryEventActor Target,
    DateOnly? Date,
    string? Location,
    int NumMentions,
    int NumSources,
    int NumArticles,
    ImmutableArray<string> Articles,
    ImmutableArray<StoryEventMention> Mentions);
