using System.Collections.Immutable;
using Corroborate.Events;

namespace Corroborate.Evaluation.Events;

/// <summary>An actor of a PLOVER gold event: the words that name it in the sentence and its country or group code.</summary>
internal sealed record PloverActor(string Text, string Code);

/// <summary>
/// One event a person coded in a PLOVER gold sentence: its record id, category (e.g. DEMAND) and its source and
/// target actors. Empty <see cref="Targets"/> means the sources acted with each other ("X and Y agreed…").
/// </summary>
internal sealed record PloverEvent(string Id, string Category, ImmutableArray<PloverActor> Sources, ImmutableArray<PloverActor> Targets);

/// <summary>A real news sentence of the PLOVER gold records with every event coded in it (a sentence the file codes twice has two).</summary>
internal sealed record PloverSentence(string Text, DateOnly? Date, ImmutableArray<PloverEvent> Events)
{
    public string Id => Events[0].Id;
}
