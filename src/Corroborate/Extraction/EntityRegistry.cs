using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Corroborate.Extraction;

/// <summary>
/// Entities known across stories: each story's entities (from <see cref="EntityResolver"/>) are linked to
/// store-wide identities by their name variants. Places and organisations link by a shared name key, and an
/// organisation's acronym to the one identity whose long form it spells (or the other way round); people by <see cref="NameMatcher"/> over full names
/// (two words or more). A one-word person ("Laci", "Peterson") links only when exactly one person of the
/// registry carries that word as a given name or surname (or, with no such full name, to the one person known
/// by that word alone), and a full name joins a one-word identity only when no other person holds the word:
/// two people who share a surname are never joined through it, whichever story came first. An entity that links to nothing starts an identity whose id is derived from its type and the
/// key of its fullest name, so the same data gives the same ids on every run; an identity keeps its id as
/// later stories add variants. Add stories with <see cref="Add"/>; <see cref="Snapshot"/> gives the
/// immutable state to persist and a registry built from a snapshot continues it. Not thread-safe.
/// </summary>
public sealed class EntityRegistry
{
    private readonly List<Identity> _identities = [];
    private readonly Dictionary<string, Identity> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), string> _links = [];

    public EntityRegistry()
    {
    }

    /// <summary>Continues from a persisted state.</summary>
    public EntityRegistry(EntityRegistrySnapshot snapshot)
    {
        foreach (var entity in snapshot.Entities)
        {
            var identity = new Identity(entity.EntityId, entity.Type);
            identity.Variants.AddRange(entity.Variants);
            identity.Stories.AddRange(entity.Stories);
            identity.Quotes.AddRange(entity.Quotes);
            identity.Name = entity.Name;
            _identities.Add(identity);
            _byId.Add(identity.Id, identity);
        }

        foreach (var (key, value) in snapshot.Links)
        {
            _links[key] = value;
        }
    }

    /// <summary>The store-wide id of a story's entity, or null when that story was not added.</summary>
    public string? EntityIdOf(string storyId, string storyEntityId) => _links.GetValueOrDefault((storyId, storyEntityId));

    /// <summary>
    /// Links the entities of one story (and the quotes their speakers said) to identities, creating those
    /// that are new. Adding a story again relinks it the same way. Returns story entity id → store-wide id.
    /// </summary>
    public ImmutableDictionary<string, string> Add(string storyId, StoryExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var result = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        // Fullest names first, so "Laci Peterson" is known before a bare "Laci" of the same story looks for it.
        // Words two people of this story hold ("Laci Peterson", "Scott Peterson"): no one-word identity is joined through them.
        var shared = extraction.Entities.Entities.Where(e => e.Type == EntityType.Person)
            .SelectMany(e => e.Variants.Prepend(e.Name).Select(v => NameKey.Of(v).Split(' ')).Where(t => t.Length >= 2).SelectMany(t => new[] { t[0], t[^1] }).Distinct().Select(w => (Word: w, e.Id)))
            .GroupBy(x => x.Word, StringComparer.Ordinal).Where(g => g.Select(x => x.Id).Distinct().Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var entity in extraction.Entities.Entities.OrderByDescending(e => Fullest(e).Length).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            var identity = Find(entity, shared) ?? Create(entity);
            Absorb(identity, storyId, entity);
            result[entity.Id] = identity.Id;
            _links[(storyId, entity.Id)] = identity.Id;
        }

        foreach (var quote in extraction.Quotes)
        {
            if (quote.Speaker is { } speaker && result.TryGetValue(speaker, out var id) && !_byId[id].Quotes.Contains(quote.Id))
            {
                _byId[id].Quotes.Add(quote.Id);
            }
        }

        return result.ToImmutable();
    }

    public EntityRegistrySnapshot Snapshot() => new(
        [.. _identities.Select(i => new RegisteredEntity(i.Id, i.Name, i.Type, [.. i.Variants], [.. i.Stories], [.. i.Quotes]))],
        _links.ToImmutableDictionary());

    private Identity? Find(Entity entity, HashSet<string> shared)
    {
        // The entity's name is a key too: a place the gazetteer named from an adjective alone ("English") has no variant in common.
        var keys = entity.Variants.Prepend(entity.Name).Select(v => NameKey.Of(v)).Where(k => k.Length >= 2).ToHashSet(StringComparer.Ordinal);
        var candidates = _identities.Where(i => i.Type == entity.Type).ToList();
        if (entity.Type != EntityType.Person)
        {
            // The same name key; else an acronym and the one long form whose initials it spells, either way round
            // ("NBA" in one story, "National Basketball Association" in another), as a story's own resolver joins them.
            return candidates.FirstOrDefault(i => i.Keys.Overlaps(keys))
                ?? (entity.Type == EntityType.Organisation ? ByAcronym(entity, candidates) : null);
        }

        var full = keys.Select(k => k.Split(' ')).Where(t => t.Length >= 2).ToList();
        if (full.Count > 0)
        {
            var matches = candidates.Where(i => i.Keys.Select(k => k.Split(' ')).Where(t => t.Length >= 2)
                .Any(known => full.Any(name => NameMatcher.Compatible(name, known)))).ToList();
            if (matches.Count > 0)
            {
                return matches.Count == 1 ? matches[0] : null;
            }

            // "Peterson" known alone from an earlier story, "Scott Peterson" now: the same rule as the other way round
            // (below) — only when that one-word identity is the only person the word can name, so a surname two
            // people share never joins them, whichever story came first.
            var words = full.SelectMany(t => new[] { t[0], t[^1] }).Where(w => !shared.Contains(w)).ToHashSet(StringComparer.Ordinal);
            var alone = candidates.Where(i => IsOneWord(i) && i.Keys.Overlaps(words)).ToList();
            return alone.Count == 1 && !candidates.Exists(i => i != alone[0] && HoldsWord(i, alone[0].Keys.First())) ? alone[0] : null;
        }

        // Only single words ("Laci", "Peterson"): the one person who has that word as a given name or surname, or,
        // when no full name has it, the one person known by that word alone.
        var word = keys.FirstOrDefault();
        if (word is null)
        {
            return null;
        }

        var holders = candidates.Where(i => HoldsWord(i, word)).ToList();
        if (holders.Count == 0)
        {
            holders = candidates.Where(i => IsOneWord(i) && i.Keys.Contains(word)).ToList();
        }

        return holders.Count == 1 ? holders[0] : null;
    }

    /// <summary>A multi-word name of the identity opens or ends with the word (a given name or a surname).</summary>
    private static bool HoldsWord(Identity identity, string word) =>
        identity.Keys.Select(k => k.Split(' ')).Any(t => t.Length >= 2 && (t[0] == word || t[^1] == word));

    /// <summary>The identity is known by one-word names only ("Peterson").</summary>
    private static bool IsOneWord(Identity identity) => identity.Keys.Count > 0 && identity.Keys.All(k => !k.Contains(' ', StringComparison.Ordinal));

    private static Identity? ByAcronym(Entity entity, List<Identity> candidates)
    {
        var names = entity.Variants.Prepend(entity.Name).ToList();
        var acronyms = names.Where(IsAcronym).Select(a => NameKey.Of(a).Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var initials = names.Select(Initials).Where(i => i.Length >= 2).ToHashSet(StringComparer.Ordinal);
        var matches = candidates.Where(i => i.Variants.Exists(v => (IsAcronym(v) && initials.Contains(NameKey.Of(v).Replace(" ", "", StringComparison.Ordinal)))
            || acronyms.Contains(Initials(v)))).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>"NBA", "U.N.": two to six capital letters (full stops allowed), nothing else.</summary>
    private static bool IsAcronym(string name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 6;
    }

    /// <summary>The initials of the capitalised words of a name of two words or more ("of", "and" left out); "" otherwise.</summary>
    private static string Initials(string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 ? "" : string.Concat(words.Where(w => char.IsUpper(w[0])).Select(w => char.ToLowerInvariant(w[0])));
    }

    private Identity Create(Entity entity)
    {
        var baseId = "E" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entity.Type + ":" + NameKey.Of(Fullest(entity)))))[..12];
        var id = baseId;
        // Two identities with one name (two people called John Smith): the later one gets a suffix, in order.
        for (var n = 2; _byId.ContainsKey(id); n++)
        {
            id = baseId + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var identity = new Identity(id, entity.Type) { Name = entity.Name };
        _identities.Add(identity);
        _byId.Add(id, identity);
        return identity;
    }

    private static void Absorb(Identity identity, string storyId, Entity entity)
    {
        foreach (var variant in entity.Variants.Prepend(entity.Name))
        {
            if (!identity.Variants.Contains(variant, StringComparer.Ordinal))
            {
                identity.Variants.Add(variant);
            }
        }

        if (!identity.Stories.Contains(storyId, StringComparer.Ordinal))
        {
            identity.Stories.Add(storyId);
        }

        // The name shown: the fullest form seen (more words, then more characters); the id does not follow it.
        if (Words(entity.Name) > Words(identity.Name) || (Words(entity.Name) == Words(identity.Name) && entity.Name.Length > identity.Name.Length))
        {
            identity.Name = entity.Name;
        }
    }

    private static string Fullest(Entity entity) =>
        entity.Variants.Prepend(entity.Name).OrderByDescending(Words).ThenByDescending(v => v.Length).ThenBy(v => v, StringComparer.Ordinal).First();

    private static int Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private sealed class Identity(string id, EntityType type)
    {
        public string Id { get; } = id;

        public EntityType Type { get; } = type;

        public string Name { get; set; } = "";

        public List<string> Variants { get; } = [];

        public List<string> Stories { get; } = [];

        public List<string> Quotes { get; } = [];

        public HashSet<string> Keys => Variants.Select(v => NameKey.Of(v)).Where(k => k.Length >= 2).ToHashSet(StringComparer.Ordinal);
    }
}
