using Corroborate.Extraction;

namespace Corroborate.Tests.Support;

/// <summary>The entity rule tests' common steps: one text's mentions, the mentions that may name an entity, a story resolved.</summary>
internal static class EntityRules
{
    public static List<EntityMention> Mentions(string text) => [.. new EntityMentionExtractor().Extract(Articles.FromPlainText(text))];

    /// <summary>The mentions that may name an entity: no thing, no bare role.</summary>
    public static List<EntityMention> Names(string text) => [.. Mentions(text).Where(m => !m.IsThing && !m.IsRoleOnly)];

    /// <summary>Each text one article of a story, their mentions resolved into the story's entities.</summary>
    public static EntityResolution Resolve(params string[] texts)
    {
        var extractor = new EntityMentionExtractor();
        var story = texts.Select((t, i) => Articles.FromPlainText(t, $"a{i}.txt")).Select(a => (a, extractor.Extract(a))).ToList();
        return new EntityResolver().Resolve(story);
    }
}
