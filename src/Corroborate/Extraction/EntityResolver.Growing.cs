using System.Collections.Immutable;
using System.Globalization;
using Corroborate.Model;

namespace Corroborate.Extraction;

public sealed partial class EntityResolver
{
    /// <summary>The entities of a story at its last rebuild, grown by placing each new article's mentions (see <see cref="Growing"/>).</summary>
    internal Growing Grow(EntityResolution rebuilt) => new(this, rebuilt);

    /// <summary>
    /// A story's entities between two rebuild points (the story's report is rebuilt whole at fixed sizes, see
    /// <c>Corroboration.StoryEpoch</c>). A new article is resolved alone (every rule of <see cref="Resolve"/> over its own
    /// mentions), then each of its entities joins the story's entity it names, found in this order: the same id (type and
    /// name key); a name key of its that exactly one story entity of its type goes by; for a person, the one story person
    /// a full name of its is compatible with (<see cref="NameMatcher.Compatible"/>), or, for a one-word person, the one
    /// whose surname it is. Else it is a new entity of the story. A mention the article alone left out (a bare "Castro" with
    /// no full name in the article, a name seen once) joins the one story entity that goes by its key, the one person whose
    /// surname or handle it is (among several, the one this article names), or stays out. Old entities are not merged or
    /// split, and keep their name and id until the next rebuild; what they gain is appended in the story's order. The
    /// result depends only on the rebuild and the articles added after it, in order.
    /// </summary>
    internal sealed class Growing
    {
        private readonly EntityResolver _resolver;
        private readonly List<Kept> _entities = [];
        private readonly Dictionary<string, Kept> _byId = new(StringComparer.Ordinal);
        private readonly Dictionary<(EntityType Type, string Key), Kept?> _byKey = [];
        private readonly List<(Kept Person, string[] Tokens)> _fullNames = [];
        private ImmutableDictionary<(string ArticleId, TextSpan Span), string> _map;

        public Growing(EntityResolver resolver, EntityResolution rebuilt)
        {
            _resolver = resolver;
            foreach (var entity in rebuilt.Entities)
            {
                if (_byId.ContainsKey(entity.Id))
                {
                    // Two clusters of one name (rare): the first is the one Find gives; the other is kept as it is, never grown.
                    _entities.Add(new Kept(entity));
                    continue;
                }

                Register(new Kept(entity));
            }

            _map = rebuilt.EntityOfMention;
            Resolution = rebuilt;
        }

        /// <summary>The story's entities as grown so far.</summary>
        public EntityResolution Resolution { get; private set; }

        /// <summary>Places the mentions of one more article (the story's last) and returns the story's entities with it.</summary>
        public EntityResolution Add(Article article, ImmutableArray<EntityMention> mentions)
        {
            var alone = _resolver.Resolve([(article, mentions)]);
            var bySpan = new Dictionary<TextSpan, EntityMention>();
            foreach (var mention in mentions)
            {
                bySpan.TryAdd(mention.Span, mention);
            }

            var joined = new List<(Kept Entity, EntityMention Mention, string Evidence)>();
            var named = new List<Kept>();
            foreach (var entity in alone.Entities)
            {
                // A one-word name nothing typed, which the article alone kept because it recurs ("Palin" twice): across the story
                // single words go to the people whose surname they are before recurring names are typed, so the person comes first.
                var untyped = entity.Type != EntityType.Person && entity.Mentions.All(r => bySpan.GetValueOrDefault(r.Span) is { Type: EntityType.Unknown, IsHandle: false } m
                    && !m.Key.Contains(' ', StringComparison.Ordinal));
                var target = (untyped ? PersonOf(NameKey.Of(entity.Mentions[0].Text), named) : null) ?? Match(entity);
                if (target is null)
                {
                    target = new Kept(entity with { Variants = [], Mentions = [], Articles = [], Attributes = [], TypeEvidence = [] });
                    Register(target);
                }

                if (!named.Contains(target))
                {
                    named.Add(target);
                }

                var evidence = Counts(entity.TypeEvidence);
                foreach (var reference in entity.Mentions)
                {
                    // The article's entity's own evidence is spread over its mentions in its count order (only the counts are shown).
                    var mention = bySpan.GetValueOrDefault(reference.Span) ?? new EntityMention(reference.Span, reference.Text, entity.Type, NameKey.Of(reference.Text));
                    var label = target.Type != entity.Type ? EvidenceOf(target.Type, mention) : evidence.FirstOrDefault(e => e.Value > 0).Key ?? "unstated";
                    if (evidence.ContainsKey(label))
                    {
                        evidence[label]--;
                    }

                    joined.Add((target, mention, label));
                }
            }

            foreach (var mention in mentions)
            {
                if (mention.IsRoleOnly || mention.IsThing || alone.EntityOfMention.ContainsKey((article.Id, mention.Span)))
                {
                    continue;
                }

                if (Attach(mention, named) is { } target)
                {
                    joined.Add((target, mention, EvidenceOf(target.Type, mention)));
                }
            }

            if (joined.Count == 0)
            {
                return Resolution;
            }

            var map = _map.ToBuilder();
            foreach (var (entity, mention, evidence) in joined.OrderBy(j => j.Mention.Span.Start))
            {
                entity.Join(article.Id, mention, evidence);
                map[(article.Id, mention.Span)] = entity.Id;
                if (NameKey.Of(mention.Text) is { Length: > 0 } key)
                {
                    Index(entity, key);
                }
            }

            _map = map.ToImmutable();
            Resolution = new EntityResolution(
                [.. _entities.Select(e => e.Entity).Where(e => e.Mentions.Length > 0).OrderByDescending(e => e.Mentions.Length).ThenBy(e => e.Name, StringComparer.Ordinal)], _map);
            return Resolution;
        }

        /// <summary>The story's entity an entity of the new article names, or null when it is a new one.</summary>
        private Kept? Match(Entity entity)
        {
            if (_byId.TryGetValue(entity.Id, out var same))
            {
                return same;
            }

            var keys = entity.Variants.Prepend(entity.Name).Select(v => NameKey.Of(v)).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)
                .OrderByDescending(k => k.Count(c => c == ' ')).ToList();
            if (keys.Count == 0)
            {
                return null;
            }

            foreach (var key in keys)
            {
                if (_byKey.TryGetValue((entity.Type, key), out var holder) && holder is not null)
                {
                    return holder;
                }
            }

            if (entity.Type != EntityType.Person)
            {
                return null;
            }

            var full = keys.Select(k => k.Split(' ')).Where(t => t.Length >= 2).ToList();
            var candidates = new List<Kept>();
            if (full.Count > 0)
            {
                foreach (var (person, tokens) in _fullNames)
                {
                    if (!candidates.Contains(person) && full.Exists(name => (name[0][0] == tokens[0][0] || name[^1][0] == tokens[^1][0]) && NameMatcher.Compatible(name, tokens)))
                    {
                        candidates.Add(person);
                    }
                }
            }
            else
            {
                candidates = Surnamed(keys[0]);
            }

            return candidates.Count == 1 ? candidates[0] : null;
        }

        /// <summary>The story's entity a mention the new article alone left out names, or null.</summary>
        private Kept? Attach(EntityMention mention, List<Kept> named)
        {
            var key = mention.Key;
            if (key.Length == 0)
            {
                return null;
            }

            if (mention.IsHandle)
            {
                if (mention.Type is not (EntityType.Person or EntityType.Unknown))
                {
                    return null;
                }

                var handle = key.Replace(" ", "", StringComparison.Ordinal);
                var holders = _fullNames.Where(n => NameMatcher.HandleMatches(handle, n.Tokens)).Select(n => n.Person).Distinct().ToList();
                return holders.Count == 1 ? holders[0] : null;
            }

            // The one entity of the mention's type (any type, for a name nothing typed) that goes by this key.
            foreach (var type in mention.Type == EntityType.Unknown ? [EntityType.Person, EntityType.Organisation, EntityType.Place, EntityType.Unknown] : (EntityType[])[mention.Type])
            {
                if (_byKey.TryGetValue((type, key), out var holder) && holder is not null)
                {
                    return holder;
                }
            }

            if (key.Contains(' ', StringComparison.Ordinal) || mention.Type is not (EntityType.Person or EntityType.Unknown))
            {
                return null;
            }

            return PersonOf(key, named);
        }

        /// <summary>A bare surname's person: the one person of the story it can be, else the one of those this article names; or null.</summary>
        private Kept? PersonOf(string key, List<Kept> named)
        {
            var candidates = Surnamed(key);
            if (candidates.Count > 1)
            {
                candidates = candidates.Where(named.Contains).ToList();
            }

            return candidates.Count == 1 ? candidates[0] : null;
        }

        /// <summary>The story's people whose full name has <paramref name="single"/> for a surname (<see cref="NameMatcher.SurnameMatches"/>), in order.</summary>
        private List<Kept> Surnamed(string single)
        {
            var people = new List<Kept>();
            foreach (var (person, tokens) in _fullNames)
            {
                if (!people.Contains(person) && NameMatcher.SurnameMatches(single, tokens))
                {
                    people.Add(person);
                }
            }

            return people;
        }

        private void Register(Kept entity)
        {
            _entities.Add(entity);
            _byId.Add(entity.Id, entity);
            foreach (var variant in entity.Variants.Prepend(entity.Name))
            {
                if (NameKey.Of(variant) is { Length: > 0 } key)
                {
                    Index(entity, key);
                }
            }
        }

        /// <summary>Files a key the entity goes by: a key two entities of one type go by names neither (null); a person's full name is kept for matching.</summary>
        private void Index(Kept entity, string key)
        {
            if (!entity.Keys.Add(key))
            {
                return;
            }

            if (_byKey.TryGetValue((entity.Type, key), out var holder))
            {
                if (holder != entity)
                {
                    _byKey[(entity.Type, key)] = null;
                }
            }
            else
            {
                _byKey[(entity.Type, key)] = entity;
            }

            if (entity.Type == EntityType.Person && key.Split(' ') is { Length: >= 2 } tokens)
            {
                _fullNames.Add((entity, tokens));
            }
        }

        /// <summary>"gazetteer: 12" → ("gazetteer", 12), in the order given (most first).</summary>
        private static Dictionary<string, int> Counts(ImmutableArray<string> evidence)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var line in evidence)
            {
                var colon = line.LastIndexOf(": ", StringComparison.Ordinal);
                if (colon > 0 && int.TryParse(line.AsSpan(colon + 2), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                {
                    counts[line[..colon]] = counts.GetValueOrDefault(line[..colon]) + count;
                }
            }

            return counts;
        }

        /// <summary>One entity of the story as it grows: its record rebuilt only when a mention joined it.</summary>
        private sealed class Kept
        {
            private readonly List<string> _variants;
            private readonly HashSet<string> _variantSet;
            private readonly List<EntityMentionRef> _mentions;
            private readonly List<string> _articles;
            private readonly HashSet<string> _articleSet;
            private readonly List<EntityAttribute> _attributes;
            private readonly Dictionary<string, int> _evidence;
            private Entity? _entity;

            public Kept(Entity entity)
            {
                _entity = entity;
                Id = entity.Id;
                Type = entity.Type;
                _variants = [.. entity.Variants];
                _variantSet = new HashSet<string>(_variants, StringComparer.Ordinal);
                _mentions = [.. entity.Mentions];
                _articles = [.. entity.Articles];
                _articleSet = new HashSet<string>(_articles, StringComparer.Ordinal);
                _attributes = [.. entity.Attributes];
                _evidence = Counts(entity.TypeEvidence);
            }

            public string Id { get; }

            public EntityType Type { get; }

            public IReadOnlyList<string> Variants => _variants;

            public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

            public string Name => _entity?.Name ?? Built.Name;

            private Entity Built { get; set; } = null!;

            public Entity Entity => _entity ??= Build();

            public void Join(string articleId, EntityMention mention, string evidence)
            {
                Built = Entity;
                _entity = null;
                _mentions.Add(new EntityMentionRef(articleId, mention.Span, mention.Text));
                if (_variantSet.Add(mention.Text))
                {
                    _variants.Add(mention.Text);
                }

                if (_articleSet.Add(articleId))
                {
                    _articles.Add(articleId);
                }

                AddAttributes(_attributes, Type, articleId, mention);
                _evidence[evidence] = _evidence.GetValueOrDefault(evidence) + 1;
            }

            private Entity Build()
            {
                // A person's country is the one its roles give most often, as the whole resolution reads it; a place keeps its own.
                var country = Type == EntityType.Place ? Built.CountryCode
                    : _attributes.Where(a => a.Name == EntityAttributeName.Country).GroupBy(a => a.Value).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
                return Built with
                {
                    Variants = [.. _variants],
                    Mentions = [.. _mentions],
                    Articles = [.. _articles],
                    Attributes = [.. _attributes],
                    CountryCode = country,
                    TypeEvidence = [.. _evidence.Where(e => e.Value > 0).OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}: {e.Value}")],
                };
            }
        }
    }
}
