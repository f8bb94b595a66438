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
    string? RoleKind = null,
    TextSpan? RoleSpan = null,
    string? CountryCode = null,
    PlaceKind? PlaceKind = null,
    bool IsHandle = false,
    bool IsDemonym = false,
    int Sentence = -1,
    bool IsRoleOnly = false);
