using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// What a story lends one article's claims — its outlet, the story's entities at the article's names (with whether each
/// is a place or a person, and a person's name), its amounts and its quotes with their speakers — gathered in one input,
/// so an article's claims are computed from the article and this input alone. With a memo the claims are kept between
/// reports of the story and computed again only when the input changes (see <see cref="ArticleMemo.GetOrUpdate"/>).
/// </summary>
public sealed partial class ClaimExtractor
{
    private static ClaimInput InputOf(string outlet, List<(TextSpan Span, string EntityId)> entities, List<Amount> amounts,
        List<(QuoteReference Mention, Quote Quote)> quotes, HashSet<string> places, HashSet<string> people, Dictionary<string, Entity> byId)
    {
        var (placesHere, peopleHere, names) = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal),
            new Dictionary<string, string>(StringComparer.Ordinal));
        foreach (var (_, id) in entities)
        {
            if (places.Contains(id))
            {
                placesHere.Add(id);
            }

            if (people.Contains(id))
            {
                peopleHere.Add(id);
            }

            if (byId.TryGetValue(id, out var entity) && entity.Type == EntityType.Person)
            {
                names.TryAdd(id, entity.Name);
            }
        }

        return new ClaimInput(outlet, entities, amounts, quotes, placesHere, peopleHere, names);
    }

    /// <summary>The story's entities by id, the first of an id as <see cref="EntityResolution.Find"/> gives it.</summary>
    private static Dictionary<string, Entity> EntitiesById(EntityResolution resolution)
    {
        var byId = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in resolution.Entities)
        {
            byId.TryAdd(entity.Id, entity);
        }

        return byId;
    }

    /// <param name="Entities">The article's names the story resolved, by start, with their entity ids.</param>
    /// <param name="Places">Which of those entities are places.</param>
    /// <param name="People">Which of those entities are people.</param>
    /// <param name="PersonNames">The story's name of each of those entities that is a person.</param>
    private sealed record ClaimInput(string Outlet, List<(TextSpan Span, string EntityId)> Entities, List<Amount> Amounts,
        List<(QuoteReference Mention, Quote Quote)> Quotes, HashSet<string> Places, HashSet<string> People, Dictionary<string, string> PersonNames)
    {
        /// <summary>Equal in everything the claims read (of a quote: where its mention starts, its speaker cue, its id and speaker).</summary>
        public static bool Same(ClaimInput a, ClaimInput b)
        {
            if (a.Outlet != b.Outlet || !a.Entities.SequenceEqual(b.Entities) || !a.Amounts.SequenceEqual(b.Amounts) || a.Quotes.Count != b.Quotes.Count
                || !a.Places.SetEquals(b.Places) || !a.People.SetEquals(b.People) || a.PersonNames.Count != b.PersonNames.Count)
            {
                return false;
            }

            for (var i = 0; i < a.Quotes.Count; i++)
            {
                var (x, y) = (a.Quotes[i], b.Quotes[i]);
                if (x.Mention.Span != y.Mention.Span || x.Mention.SpeakerSpan != y.Mention.SpeakerSpan || x.Mention.SpeakerCue != y.Mention.SpeakerCue
                    || x.Quote.Id != y.Quote.Id || x.Quote.Speaker != y.Quote.Speaker || x.Quote.SpeakerName != y.Quote.SpeakerName)
                {
                    return false;
                }
            }

            foreach (var (id, name) in a.PersonNames)
            {
                if (!b.PersonNames.TryGetValue(id, out var other) || other != name)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
