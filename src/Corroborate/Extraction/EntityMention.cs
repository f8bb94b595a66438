using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// One mention of a name in an article's clean text. <see cref="Span"/> covers the name only (titles and
/// roles excluded); <see cref="RoleSpan"/> covers the role words before it ("Iranian President").
/// <see cref="Key"/> is the <see cref="NameKey"/> of the name, used for matching, never shown. A
/// role-only mention ("the Iranian President") names nobody by itself: the story says who holds the role.
/// </summary>
public sealed record EntityMention(
    TextSpan Span,
    string Text,
    EntityType Type,
    string Key,
    string? Role = null,
    RoleKind? RoleKind = null,
    TextSpan? RoleSpan = null,
    string? CountryCode = null,
    PlaceKind? PlaceKind = null,
    bool IsHandle = false,
    bool IsDemonym = false,
    int Sentence = -1,
    bool IsRoleOnly = false)
{
    /// <summary>The type a cue noun before the name gives ("firm Trend Micro"), for the resolver to weigh across the story.</summary>
    internal EntityType? ContextType { get; init; }

    /// <summary>Typed a person only because it is a run of capitalised words: weaker than any cue.</summary>
    internal bool IsTypeGuess { get; init; }

    /// <summary>Opens its sentence, where capitals say nothing about names.</summary>
    internal bool AtSentenceStart { get; init; }

    /// <summary>The gazetteer's name for the place ("California" for "Calif."), so abbreviations and spellings join.</summary>
    internal string? PlaceName { get; init; }

    /// <summary>The type a kind noun right after the name gives ("Ishikawa prefecture"), shared along a coordination.</summary>
    internal EntityType? RightType { get; init; }

    /// <summary>Follows "in" ("settled in Malibu"): a hint of a place for a name nothing else types.</summary>
    internal bool AfterIn { get; init; }

    /// <summary>
    /// The words around say a person: a speech verb next to the name ("Gray said", "said Gray", "according to
    /// Gray") or a relative "who" after it ("Gray, who"). What a guessed person needs from its story.
    /// </summary>
    internal bool PersonEvidence { get; init; }

    /// <summary>What gave <see cref="Type"/> ("gazetteer", "kind noun after the name", "role or title"...), kept as the entity's evidence.</summary>
    internal string? TypeEvidence { get; init; }

    /// <summary>
    /// Written as a thing, none of our kinds: a product ("his Bentley"), a craft ("a Chetak helicopter"), an award ("an
    /// Emmy nomination"), a work ("the “Quiet Rivers” star"). No entity; the resolver drops the same name elsewhere in the story.
    /// </summary>
    internal bool IsThing { get; init; }

    /// <summary>Stands before a lower-case noun as an adjective would ("Republican candidate", "Catholic hospital").</summary>
    internal bool Attributive { get; init; }
}
