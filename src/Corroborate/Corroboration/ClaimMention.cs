using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// One statement in one article: a sentence of its body with what it is about (entities, places), its
/// comparable slots (amounts, dates, list items, speaker) and its content words for alignment.
/// <c>CleanText[Span.Start..Span.End] == Text</c>.
/// </summary>
/// <param name="Sentence">Index of the sentence in <see cref="Article.Sentences"/>.</param>
/// <param name="Words">Stemmed content words.</param>
/// <param name="Entities">Story entity ids named in the sentence (people, organisations, places).</param>
/// <param name="Locations">Story entity ids of places the sentence puts the happening in ("in Havana").</param>
/// <param name="Speaker">Entity id (or name) of the speaker when the sentence carries a quotation.</param>
public sealed record ClaimMention(
    string ArticleId,
    string Outlet,
    int Sentence,
    TextSpan Span,
    string Text,
    ImmutableArray<string> Words,
    ImmutableArray<string> Entities,
    ImmutableArray<string> Locations,
    ImmutableArray<ClaimValue> Values,
    string? Speaker,
    string? QuoteId)
{
    /// <summary>The speaker's name as the story knows it, for people to read.</summary>
    public string? SpeakerName { get; init; }

    /// <summary>The words of this article naming the speaker ("Vucic", "he", "the Serbian president"), when it names one.</summary>
    public string? SpeakerCue { get; init; }

    /// <summary>Story entity ids of the people named in the sentence: values said of different people are never compared.</summary>
    public ImmutableArray<string> People { get; init; } = [];

    /// <summary>Story entity ids of every place the sentence names, located in or not ("Iran and Cuba signed…").</summary>
    public ImmutableArray<string> Places { get; init; } = [];

    /// <summary>When the article was published, if known: values that change over time are ordered by it.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The day the article speaks from: its publication day, or for an undated article the day its text places it on (<see cref="WrittenDays"/>).</summary>
    public DateOnly? Written { get; init; }
}
