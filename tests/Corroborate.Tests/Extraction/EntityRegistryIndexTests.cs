using System.Collections.Immutable;
using Corroborate.Extraction;
using Corroborate.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Extraction;

/// <summary>
/// The registry finds identities through indexes kept as names arrive; these tests hold it to the plain definition
/// it replaced (every identity of the type scanned for every entity, kept below as <see cref="ScanningRegistry"/>):
/// the same links, ids, names, variants, stories and quotes, story after story, for stories drawn from small pools
/// of colliding names (shared surnames, one-word names, misspellings, acronyms and their long forms).
/// </summary>
public sealed class EntityRegistryIndexTests
{
    private static readonly string[] Given = ["Laci", "Scott", "Adaeze", "Chidi", "Maria", "Marta", "Aleksandar", "Aleksander", "Raul", "Fidel", "J", "Hossein"];
    private static readonly string[] Surnames = ["Peterson", "Okonkwo", "Lopez", "Castro", "Diaz-Canel", "Diaz Canel", "Amir Abdollahian", "Petersen", "Castro Ruz", "Milei"];
    private static readonly string[] Organisations = ["National Basketball Association", "NBA", "N.B.A.", "United Nations", "UN", "U.N.", "Red Cross", "Nations United", "World Health Organization", "WHO"];
    private static readonly string[] Places = ["Chile", "Santiago", "Santiago de Chile", "English", "England", "Sea of Japan", "Japan"];

    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 120)]
    [InlineData(3, 300)]
    public void The_indexed_registry_links_every_story_as_scanning_every_identity_did(int seed, int stories)
    {
        Assert.True(SameAsScanning(seed, stories));
    }

    [Fact]
    public void The_indexed_registry_links_arbitrary_stories_as_scanning_every_identity_did()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<int>(), Gen.Choose(1, 60).ToArbitrary(), (seed, stories) => SameAsScanning(seed, stories))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_registry_continued_from_a_snapshot_links_as_the_registry_it_was_taken_from()
    {
        var random = new Random(7);
        var whole = new EntityRegistry();
        var stories = Enumerable.Range(0, 80).Select(i => RandomStory(random, i)).ToList();
        foreach (var (id, story) in stories.Take(40))
        {
            whole.Add(id, story);
        }

        var continued = new EntityRegistry(whole.Snapshot());
        foreach (var (id, story) in stories.Skip(40))
        {
            Assert.Equal(whole.Add(id, story).OrderBy(x => x.Key), continued.Add(id, story).OrderBy(x => x.Key));
        }
    }

    private static bool SameAsScanning(int seed, int count)
    {
        var random = new Random(seed);
        var indexed = new EntityRegistry();
        var scanning = new ScanningRegistry();
        for (var i = 0; i < count; i++)
        {
            var (id, story) = RandomStory(random, i);
            var a = indexed.Add(id, story);
            var b = scanning.Add(id, story);
            if (!a.OrderBy(x => x.Key).SequenceEqual(b.OrderBy(x => x.Key)))
            {
                return false;
            }
        }

        return Describe(indexed.Snapshot()) == Describe(scanning.Snapshot());
    }

    private static string Describe(EntityRegistrySnapshot snapshot) =>
        string.Join("\n", snapshot.Entities.Select(e => $"{e.EntityId}|{e.Name}|{e.Type}|{string.Join(";", e.Variants)}|{string.Join(";", e.Stories)}|{string.Join(";", e.Quotes)}"))
        + "\n" + string.Join("\n", snapshot.Links.OrderBy(l => l.Key.StoryId, StringComparer.Ordinal).ThenBy(l => l.Key.StoryEntityId, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"));

    private static (string Id, StoryExtraction Story) RandomStory(Random random, int index)
    {
        var entities = new List<Entity>();
        for (var e = random.Next(1, 7); e > 0; e--)
        {
            var id = "e" + entities.Count;
            entities.Add(random.Next(4) switch
            {
                0 or 1 => Make(id, EntityType.Person, Names(random, PersonName)),
                2 => Make(id, EntityType.Organisation, Names(random, r => Organisations[r.Next(Organisations.Length)])),
                _ => Make(id, EntityType.Place, Names(random, r => Places[r.Next(Places.Length)])),
            });
        }

        var quotes = entities.Where(e => e.Type == EntityType.Person && random.Next(2) == 0)
            .Select((e, n) => new Quote("q" + random.Next(5), e.Id, e.Name, "words " + n, [], true)).ToImmutableArray();
        return ("s-" + index, new StoryExtraction(new EntityResolution([.. entities], ImmutableDictionary<(string, TextSpan), string>.Empty), quotes, [], []));
    }

    private static string PersonName(Random random) => random.Next(5) switch
    {
        0 => Surnames[random.Next(Surnames.Length)],
        1 => Given[random.Next(Given.Length)],
        2 => Given[random.Next(Given.Length)] + " Gerardo " + Surnames[random.Next(Surnames.Length)],
        _ => Given[random.Next(Given.Length)] + " " + Surnames[random.Next(Surnames.Length)],
    };

    private static string[] Names(Random random, Func<Random, string> name) =>
        [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => name(random)).Distinct(StringComparer.Ordinal)];

    private static Entity Make(string id, EntityType type, string[] variants) =>
        new(id, variants[0], type, [.. variants], [new EntityMentionRef("art", new TextSpan(0, variants[0].Length), variants[0])], ["art"], [], null);

    /// <summary>The registry as it was before its indexes: every identity of the type scanned for every entity, its keys recomputed each time.</summary>
    private sealed class ScanningRegistry
    {
    private readonly List<Identity> _identities = [];
        private readonly Dictionary<string, Identity> _byId = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, string), string> _links = [];
    
        public string? EntityIdOf(string storyId, string storyEntityId) => _links.GetValueOrDefault((storyId, storyEntityId));
        public ImmutableDictionary<string, string> Add(string storyId, StoryExtraction extraction)
        {
            ArgumentNullException.ThrowIfNull(extraction);
            var result = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            // Fullest names first, so "Laci Peterson" is known before a bare "Laci" of the same story looks for it.
            // Words two people of this story hold ("Laci Peterson", "Scott Peterson"): no one-word identity is joined through them.
            var shared = extraction.Entities.Entities.Where(e => e.Type == EntityType.Person)
                .SelectMany(e => e.Variants.Prepend(e.Name).Select(v => NameKey.Of(v).Split(' ')).Where(t => t.Length >= 2).SelectMany(t => new[] { t[0], t[^1] }).Distinct().Select(w => (Word: w, e.Id)))
                .GroupBy(x => x.Word, StringComparer.Ordinal).Where(g => g.Select(x => x.Id).Distinct().Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var entity in extraction.Entities.Entities.OrderByDescending(e => EntityRegistry.Fullest(e).Length).ThenBy(e => e.Id, StringComparer.Ordinal))
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
        private static bool HoldsWord(Identity identity, string word) =>
            identity.Keys.Select(k => k.Split(' ')).Any(t => t.Length >= 2 && (t[0] == word || t[^1] == word));
        private static bool IsOneWord(Identity identity) => identity.Keys.Count > 0 && identity.Keys.All(k => !k.Contains(' ', StringComparison.Ordinal));
    
        private static Identity? ByAcronym(Entity entity, List<Identity> candidates)
        {
            var names = entity.Variants.Prepend(entity.Name).ToList();
            var acronyms = names.Where(EntityRegistry.IsAcronym).Select(a => NameKey.Of(a).Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
            var initials = names.Select(EntityRegistry.Initials).Where(i => i.Length >= 2).ToHashSet(StringComparer.Ordinal);
            var matches = candidates.Where(i => i.Variants.Exists(v => (EntityRegistry.IsAcronym(v) && initials.Contains(NameKey.Of(v).Replace(" ", "", StringComparison.Ordinal)))
                || acronyms.Contains(EntityRegistry.Initials(v)))).ToList();
            return matches.Count == 1 ? matches[0] : null;
        }
        private Identity Create(Entity entity)
        {
            var baseId = EntityRegistry.BaseId(entity);
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
            if (EntityRegistry.Words(entity.Name) > EntityRegistry.Words(identity.Name) || (EntityRegistry.Words(entity.Name) == EntityRegistry.Words(identity.Name) && entity.Name.Length > identity.Name.Length))
            {
                identity.Name = entity.Name;
            }
        }
    
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
}
