using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>The entities of a story, and which entity each kept mention (article id, span) belongs to.</summary>
public sealed record EntityResolution(ImmutableArray<Entity> Entities, ImmutableDictionary<(string ArticleId, TextSpan Span), string> EntityOfMention)
{
    public Entity? Find(string id) => Entities.FirstOrDefault(e => e.Id == id);
}
