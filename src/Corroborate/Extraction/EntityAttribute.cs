using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// A fact about an entity the text states (its role, its country), with where it says so. A role kind's value is its
/// <see cref="Kind"/> (and <see cref="EntityAttribute.Value"/> the role's words it was read from).
/// </summary>
public sealed record EntityAttribute(EntityAttributeName Name, string Value, string ArticleId, TextSpan Span)
{
    /// <summary>The role's kind, for a <see cref="EntityAttributeName.RoleKind"/> attribute.</summary>
    public RoleKind? Kind { get; init; }
}
