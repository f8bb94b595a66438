using System.Collections.Immutable;
using Corroborate.Extraction;
using Corroborate.Reporting;

namespace Corroborate.Cli.Serve;

/// <summary>
/// The people, organisations and places of every served story linked to store-wide identities. Each story's
/// report is analysed on its own (its <c>entityId</c> comes from a registry of that story alone), so the server
/// links them across stories here with one <see cref="EntityRegistry"/> over all reports, oldest story first
/// (the order <c>analyze</c> uses), and resolves any id a page may hold: a store-wide id, a story's
/// <c>entityId</c> or a story-level entity id.
/// </summary>
internal sealed class EntityDirectory
{
    private static Cached? s_last;

    private readonly ImmutableDictionary<string, RegisteredEntity> _byId;
    private readonly ImmutableDictionary<(string StoryId, string StoryEntityId), string> _links;
    private readonly ImmutableDictionary<string, string> _aliases;

    private EntityDirectory(IReadOnlyList<StoryEntities> oldestFirst)
    {
        var registry = new EntityRegistry();
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in oldestFirst)
        {
            var linked = registry.Add(story.StoryId, story.AsExtraction());
            var ownIds = story.Entities.ToDictionary(e => e.Id, e => e.EntityId, StringComparer.Ordinal);
            foreach (var (storyEntityId, entityId) in linked)
            {
                // A story's own entityId (and its story-level id) lead to the identity it joined; the first story to use one keeps it.
                aliases.TryAdd(ownIds.GetValueOrDefault(storyEntityId, storyEntityId), entityId);
                aliases.TryAdd(storyEntityId, entityId);
            }
        }

        var snapshot = registry.Snapshot();
        _byId = snapshot.Entities.ToImmutableDictionary(e => e.EntityId, StringComparer.Ordinal);
        _links = snapshot.Links;
        _aliases = aliases.ToImmutableDictionary(StringComparer.Ordinal);
        Stories = oldestFirst.ToImmutableDictionary(e => e.StoryId, StringComparer.Ordinal);
    }

    /// <summary>The stories' entity indexes the directory was built from, by story id.</summary>
    public ImmutableDictionary<string, StoryEntities> Stories { get; }

    /// <summary>The directory over every story the catalog serves now (built once per catalog version).</summary>
    public static async Task<EntityDirectory> OfAsync(StoryCatalog catalog, CancellationToken cancellationToken)
    {
        var version = catalog.Current.Version;
        if (Volatile.Read(ref s_last) is { } last && ReferenceEquals(last.Catalog, catalog) && last.Version == version)
        {
            return last.Directory;
        }

        var entries = await catalog.AllStoryEntitiesAsync(cancellationToken).ConfigureAwait(false);
        var directory = new EntityDirectory([.. entries.Reverse()]);
        Volatile.Write(ref s_last, new Cached(catalog, version, directory));
        return directory;
    }

    /// <summary>The identity an id names (store-wide id, a story's entityId or story-level id), or null.</summary>
    public RegisteredEntity? Resolve(string id) =>
        _byId.GetValueOrDefault(id) ?? (_aliases.TryGetValue(id, out var entityId) ? _byId.GetValueOrDefault(entityId) : null);

    /// <summary>
    /// The identity of the entity that <paramref name="storyId"/> calls <paramref name="id"/> (its story-level id or its
    /// entityId): exact where an id alone may name different entities in different stories.
    /// </summary>
    public RegisteredEntity? ResolveIn(string storyId, string id)
    {
        if (!Stories.TryGetValue(storyId, out var entry))
        {
            return null;
        }

        foreach (var entity in entry.Entities)
        {
            if ((entity.Id == id || entity.EntityId == id)
                && _links.TryGetValue((storyId, entity.Id), out var entityId))
            {
                return _byId.GetValueOrDefault(entityId);
            }
        }

        return null;
    }

    /// <summary>The story-level entities of <paramref name="storyId"/> that belong to <paramref name="entityId"/>.</summary>
    public IEnumerable<StoryEntity> EntitiesIn(string storyId, string entityId)
    {
        if (!Stories.TryGetValue(storyId, out var entry))
        {
            yield break;
        }

        foreach (var entity in entry.Entities)
        {
            if (_links.GetValueOrDefault((storyId, entity.Id)) == entityId)
            {
                yield return entity;
            }
        }
    }

    private sealed record Cached(StoryCatalog Catalog, long Version, EntityDirectory Directory);
}
