using System.Collections.Immutable;
using Corroborate.Events;

namespace Corroborate.Evaluation.Events;

/// <summary>
/// One coding judged against a gold sentence: its PLOVER category (null when PLOVER has none for its CAMEO code),
/// whether that is a gold event's category, and whether its source and target are also that event's actors.
/// </summary>
internal sealed record PloverCoding(EventCoding Coding, string? Category, bool CategoryRight, bool ActorsRight);

/// <summary>How one gold sentence was coded; <see cref="FoundCategory"/>/<see cref="FoundActors"/> count its gold events found.</summary>
internal sealed record PloverResult(PloverSentence Sentence, ImmutableArray<PloverCoding> Codings, int FoundCategory, int FoundActors);

/// <summary>
/// Counts over a set of gold sentences. Precision is over codings with a PLOVER category; recall is the share of
/// gold events produced; "extra" is the share of sentences with at least one coding that is no gold event. Each
/// comes at two levels: the category alone, and the category with the gold source and target.
/// </summary>
internal sealed record PloverScore(int Sentences, int Events, int CodedSentences, int Codings, int Unmapped, int RightCategory, int RightActors,
    int FoundCategory, int FoundActors, int ExtraCategory, int ExtraActors)
{
    public double CategoryPrecision => Codings == 0 ? 0 : RightCategory / (double)Codings;

    public double ActorPrecision => Codings == 0 ? 0 : RightActors / (double)Codings;

    public double CategoryRecall => Events == 0 ? 0 : FoundCategory / (double)Events;

    public double ActorRecall => Events == 0 ? 0 : FoundActors / (double)Events;

    public double ExtraCategoryShare => Sentences == 0 ? 0 : ExtraCategory / (double)Sentences;

    public double ExtraActorShare => Sentences == 0 ? 0 : ExtraActors / (double)Sentences;
}
