using System.Collections.Immutable;
using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Events;

/// <summary>
/// What the coder reads of the story for each article — its known actors, places and dates — gathered in one pass over the
/// story's entities and timeline instead of one pass per article (which grew with the square of the story's size). Each
/// article's lists hold the same items in the same order as filtering the story's lists by article gave.
/// </summary>
public sealed partial class StoryEventCoder
{
    private sealed class StoryMentions
    {
        private static readonly List<KnownActorSpan> NoSpans = [];

        /// <summary>Per article, the actor spans of the story's people and organisations with a country (entity order, then mention order).</summary>
        public Dictionary<string, List<KnownActorSpan>> Known { get; } = new(StringComparer.Ordinal);

        /// <summary>Per article, those of people only.</summary>
        public Dictionary<string, List<KnownActorSpan>> People { get; } = new(StringComparer.Ordinal);

        /// <summary>Per article, the places it names that are not nationality adjectives, with the place's name.</summary>
        public Dictionary<string, List<(TextSpan Span, string Name, bool Mapped)>> Places { get; } = new(StringComparer.Ordinal);

        /// <summary>Per article, its dated mentions (timeline order, then mention order; not yet sorted).</summary>
        public Dictionary<string, List<(TextSpan Span, DateOnly Date)>> Dates { get; } = new(StringComparer.Ordinal);

        /// <summary>The story's two most mentioned countries (CAMEO codes), for "the two countries"; fewer when it has fewer.</summary>
        public List<string> Pair { get; set; } = [];

        public List<KnownActorSpan> KnownIn(string articleId) => Known.GetValueOrDefault(articleId) ?? NoSpans;

        public List<KnownActorSpan> PeopleIn(string articleId) => People.GetValueOrDefault(articleId) ?? NoSpans;

        public List<(TextSpan Span, string Name, bool Mapped)> PlacesIn(string articleId) => Places.GetValueOrDefault(articleId) ?? [];

        public List<(TextSpan Span, DateOnly Date)> DatesIn(string articleId) => Dates.GetValueOrDefault(articleId) ?? [];

        public static void Add<T>(Dictionary<string, List<T>> perArticle, string articleId, T item)
        {
            if (!perArticle.TryGetValue(articleId, out var list))
            {
                perArticle.Add(articleId, list = []);
            }

            list.Add(item);
        }
    }

    private StoryMentions MentionsOf(ImmutableArray<Entity> entities, ImmutableArray<TimelineEntry> timeline)
    {
        var story = new StoryMentions();
        var countryWeights = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (entity.Type == EntityType.Place)
            {
                foreach (var mention in entity.Mentions)
                {
                    if (!IsAdjectiveOf(mention.Text))
                    {
                        StoryMentions.Add(story.Places, mention.ArticleId, (mention.Span, entity.Name, entity.CountryCode is not null));
                    }
                }
            }

            if (entity.CountryCode is not { } iso)
            {
                continue;
            }

            var country = gazetteer.Country(iso)?.CameoCode ?? iso;
            countryWeights[country] = countryWeights.GetValueOrDefault(country) + entity.Mentions.Length;
            if (entity.Type == EntityType.Place)
            {
                continue;
            }

            var role = entity.Attributes.Where(a => a.Name == EntityAttributeName.Role).GroupBy(a => a.Value).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            var code = role is null ? country : SectorOf(role)?.Apply(country) ?? country;
            foreach (var mention in entity.Mentions)
            {
                var span = new KnownActorSpan(mention.Span.Start, mention.Span.End, code, entity.Id);
                StoryMentions.Add(story.Known, mention.ArticleId, span);
                if (entity.Type == EntityType.Person)
                {
                    StoryMentions.Add(story.People, mention.ArticleId, span);
                }
            }
        }

        story.Pair = countryWeights.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(2).Select(c => c.Key).ToList();
        foreach (var entry in timeline)
        {
            foreach (var mention in entry.Mentions)
            {
                StoryMentions.Add(story.Dates, mention.ArticleId, (mention.Span, entry.Date));
            }
        }

        return story;
    }
}
