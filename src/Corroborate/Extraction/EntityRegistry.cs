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

    // Indexes kept as identities gain names, so a story's entities are found without rescanning every identity's
    // names (the registry outlives every story of a run: scanning it per entity grew with the square of the corpus).
    private readonly Dictionary<EntityType, List<Identity>> _byType = [];
    private readonly Dictionary<(EntityType, string), List<Identity>> _byKey = [];
    private readonly Dictionary<string, List<Identity>> _byHeldWord = new(StringComparer.Ordinal);

    public EntityRegistry()
    {
    }

    /// <summary>Continues from a persisted state.</summary>
    public EntityRegistry(EntityRegistrySnapshot snapshot)
    {
        foreach (var entity in snapshot.Entities)
        {
            var identity = Register(new Identity(entity.EntityId, entity.Type, TypeList(entity.Type).Count) { Name = entity.Name });
            foreach (var variant in entity.Variants)
            {
                AddVariant(identity, variant);
            }

            foreach (var story in entity.Stories)
            {
                identity.AddStory(story);
            }

            foreach (var quote in entity.Quotes)
            {
                identity.AddQuote(quote);
            }
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
            if (quote.Speaker is { } speaker && result.TryGetValue(speaker, out var id))
            {
                _byId[id].AddQuote(quote.Id);
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
        if (entity.Type != EntityType.Person)
        {
            // The same name key (the identity seen first); else an acronym and the one long form whose initials it spells,
            // either way round ("NBA" in one story, "National Basketball Association" in another), as a story's own resolver joins them.
            return FirstHolding(entity.Type, keys)
                ?? (entity.Type == EntityType.Organisation ? ByAcronym(entity) : null);
        }

        var full = keys.Select(k => k.Split(' ')).Where(t => t.Length >= 2).ToList();
        if (full.Count > 0)
        {
            var matches = new List<Identity>();
            foreach (var identity in TypeList(EntityType.Person))
            {
                if (AnyCompatible(identity, full))
                {
                    matches.Add(identity);
                }
            }

            if (matches.Count > 0)
            {
                return matches.Count == 1 ? matches[0] : null;
            }

            // "Peterson" known alone from an earlier story, "Scott Peterson" now: the same rule as the other way round
            // (below) — only when that one-word identity is the only person the word can name, so a surname two
            // people share never joins them, whichever story came first.
            var words = full.SelectMany(t => new[] { t[0], t[^1] }).Where(w => !shared.Contains(w)).ToHashSet(StringComparer.Ordinal);
            var alone = new List<Identity>();
            foreach (var word in words)
            {
                foreach (var identity in Holding(EntityType.Person, word))
                {
                    if (IsOneWord(identity) && !alone.Contains(identity))
                    {
                        alone.Add(identity);
                    }
                }
            }

            return alone.Count == 1 && !HeldBy(alone[0].Keys.First()).Exists(i => i != alone[0]) ? alone[0] : null;
        }

        // Only single words ("Laci", "Peterson"): the one person who has that word as a given name or surname, or,
        // when no full name has it, the one person known by that word alone.
        var word1 = keys.FirstOrDefault();
        if (word1 is null)
        {
            return null;
        }

        var holders = HeldBy(word1);
        if (holders.Count == 0)
        {
            holders = Holding(EntityType.Person, word1).Where(IsOneWord).ToList();
        }

        return holders.Count == 1 ? holders[0] : null;
    }

    /// <summary>Of the identities of a type holding any of the keys, the one seen first (the order they were created).</summary>
    private Identity? FirstHolding(EntityType type, HashSet<string> keys)
    {
        Identity? first = null;
        foreach (var key in keys)
        {
            foreach (var identity in Holding(type, key))
            {
                if (first is null || identity.Position < first.Position)
                {
                    first = identity;
                }
            }
        }

        return first;
    }

    /// <summary>Whether one of the identity's full names can be one person with one of these (<see cref="NameMatcher.Compatible"/>).</summary>
    private static bool AnyCompatible(Identity identity, List<string[]> full)
    {
        foreach (var known in identity.FullNames)
        {
            foreach (var name in full)
            {
                // Every way two names are compatible keeps the first letter of their first or of their last word
                // (equal words, close words sharing their first letter, equal concatenations): a cheap exact filter.
                if ((name[0][0] == known[0][0] || name[^1][0] == known[^1][0]) && NameMatcher.Compatible(name, known))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private List<Identity> Holding(EntityType type, string key) => _byKey.GetValueOrDefault((type, key)) ?? [];

    /// <summary>The people a multi-word name of whom opens or ends with the word (a given name or a surname).</summary>
    private List<Identity> HeldBy(string word) => _byHeldWord.GetValueOrDefault(word) ?? [];

    /// <summary>The identity is known by one-word names only ("Peterson").</summary>
    private static bool IsOneWord(Identity identity) => identity.Keys.Count > 0 && identity.FullNames.Count == 0;

    private Identity? ByAcronym(Entity entity)
    {
        var names = entity.Variants.Prepend(entity.Name).ToList();
        var acronyms = names.Where(IsAcronym).Select(AcronymKey).ToHashSet(StringComparer.Ordinal);
        var initials = names.Select(Initials).Where(i => i.Length >= 2).ToHashSet(StringComparer.Ordinal);
        // An identity one of whose acronyms is the entity's initials, or one of whose names has the entity's acronym for initials.
        Identity? match = null;
        foreach (var identity in TypeList(EntityType.Organisation))
        {
            if (identity.AcronymKeys.Overlaps(initials) || identity.Initials.Overlaps(acronyms))
            {
                if (match is not null)
                {
                    return null;
                }

                match = identity;
            }
        }

        return match;
    }

    private static string AcronymKey(string name) => NameKey.Of(name).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>"NBA", "U.N.": two to six capital letters (full stops allowed), nothing else.</summary>
    internal static bool IsAcronym(string name)
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
    internal static string Initials(string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 ? "" : string.Concat(words.Where(w => char.IsUpper(w[0])).Select(w => char.ToLowerInvariant(w[0])));
    }

    private Identity Create(Entity entity)
    {
        var baseId = BaseId(entity);
        var id = baseId;
        // Two identities with one name (two people called John Smith): the later one gets a suffix, in order.
        for (var n = 2; _byId.ContainsKey(id); n++)
        {
            id = baseId + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Register(new Identity(id, entity.Type, TypeList(entity.Type).Count) { Name = entity.Name });
    }

    private Identity Register(Identity identity)
    {
        _identities.Add(identity);
        _byId.Add(identity.Id, identity);
        TypeList(identity.Type).Add(identity);
        return identity;
    }

    private List<Identity> TypeList(EntityType type)
    {
        if (!_byType.TryGetValue(type, out var list))
        {
            list = [];
            _byType.Add(type, list);
        }

        return list;
    }

    private void Absorb(Identity identity, string storyId, Entity entity)
    {
        foreach (var variant in entity.Variants.Prepend(entity.Name))
        {
            AddVariant(identity, variant);
        }

        identity.AddStory(storyId);

        // The name shown: the fullest form seen (more words, then more characters); the id does not follow it.
        if (Words(entity.Name) > Words(identity.Name) || (Words(entity.Name) == Words(identity.Name) && entity.Name.Length > identity.Name.Length))
        {
            identity.Name = entity.Name;
        }
    }

    /// <summary>Adds a name variant (once) and files what it brings in the indexes: its key, a person's full name and the words it opens and ends with, an organisation's acronym and initials.</summary>
    private void AddVariant(Identity identity, string variant)
    {
        if (!identity.VariantSet.Add(variant))
        {
            return;
        }

        identity.Variants.Add(variant);
        if (identity.Type == EntityType.Organisation)
        {
            if (IsAcronym(variant))
            {
                identity.AcronymKeys.Add(AcronymKey(variant));
            }

            identity.Initials.Add(Initials(variant));
        }

        var key = NameKey.Of(variant);
        if (key.Length < 2 || !identity.Keys.Add(key))
        {
            return;
        }

        Filed(_byKey, (identity.Type, key), identity);
        var tokens = key.Split(' ');
        if (tokens.Length < 2)
        {
            return;
        }

        identity.FullNames.Add(tokens);
        if (identity.Type == EntityType.Person)
        {
            foreach (var word in (string[])[tokens[0], tokens[^1]])
            {
                if (identity.HeldWords.Add(word))
                {
                    Filed(_byHeldWord, word, identity);
                }
            }
        }
    }

    private static void Filed<TKey>(Dictionary<TKey, List<Identity>> index, TKey key, Identity identity)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index.Add(key, list);
        }

        list.Add(identity);
    }

    /// <summary>A store-wide id from the type and the fullest name: the same in every process that meets the entity first.</summary>
    internal static string BaseId(Entity entity) =>
        "E" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entity.Type + ":" + NameKey.Of(Fullest(entity)))))[..12];

    internal static string Fullest(Entity entity) =>
        entity.Variants.Prepend(entity.Name).OrderByDescending(Words).ThenByDescending(v => v.Length).ThenBy(v => v, StringComparer.Ordinal).First();

    internal static int Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private sealed class Identity(string id, EntityType type, int position)
    {
        private readonly HashSet<string> _stories = new(StringComparer.Ordinal);
        private readonly HashSet<string> _quotes = new(StringComparer.Ordinal);

        public string Id { get; } = id;

        public EntityType Type { get; } = type;

        /// <summary>The order of creation among the identities of its type.</summary>
        public int Position { get; } = position;

        public string Name { get; set; } = "";

        public List<string> Variants { get; } = [];

        public HashSet<string> VariantSet { get; } = new(StringComparer.Ordinal);

        public List<string> Stories { get; } = [];

        public List<string> Quotes { get; } = [];

        /// <summary>The name keys (two characters or more) of the variants, in the order first seen.</summary>
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        /// <summary>The keys of two words or more, split into words.</summary>
        public List<string[]> FullNames { get; } = [];

        /// <summary>A person's words that open or end a full name.</summary>
        public HashSet<string> HeldWords { get; } = new(StringComparer.Ordinal);

        /// <summary>An organisation's acronyms as keys without spaces ("nba").</summary>
        public HashSet<string> AcronymKeys { get; } = new(StringComparer.Ordinal);

        /// <summary>An organisation's names' initials ("" for a one-word name).</summary>
        public HashSet<string> Initials { get; } = new(StringComparer.Ordinal);

        public void AddStory(string storyId)
        {
            if (_stories.Add(storyId))
            {
                Stories.Add(storyId);
            }
        }

        public void AddQuote(string quoteId)
        {
            if (_quotes.Add(quoteId))
            {
                Quotes.Add(quoteId);
            }
        }
    }
}
