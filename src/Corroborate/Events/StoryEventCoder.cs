using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Events;

/// <summary>
/// Codes every sentence of a story's articles, with the story's own entities as actors (a person's country and
/// role: "President" → GOV), dates each coding from the timeline (else the article's date) and places it at the
/// gazetteer place named in the sentence; codings with the same source and target codes, root code and day are
/// one event across articles.
/// </summary>
public sealed class StoryEventCoder(EventCoder coder)
{
    private static readonly Lazy<StoryEventCoder> BuiltIn = new(() => new StoryEventCoder(new EventCoder(EventDictionaries.Default)));

    public static StoryEventCoder Default => BuiltIn.Value;

    private sealed record Coded(Article Article, int Sentence, EventCoding Coding, DateOnly? Date, string? Location);

    public ImmutableArray<StoryEvent> Code(IReadOnlyList<Article> articles, StoryExtraction extraction)
    {
        var coded = new List<Coded>();
        var entities = extraction.Entities.Entities;
        foreach (var article in articles)
        {
            var known = KnownActors(article, entities);
            var places = entities.Where(e => e.Type == EntityType.Place)
                .SelectMany(e => e.Mentions.Where(m => m.ArticleId == article.Id).Select(m => (m.Span, e.Name))).ToList();
            var dates = extraction.Timeline.SelectMany(t => t.Mentions.Where(m => m.ArticleId == article.Id).Select(m => (m.Span, t.Date))).OrderBy(d => d.Span.Start).ToList();
            var articleDate = dates.Count > 0 ? dates[0].Date : article.Published is { } published ? DateOnly.FromDateTime(published.UtcDateTime) : (DateOnly?)null;
            var current = articleDate;
            for (var s = 0; s < article.Sentences.Length; s++)
            {
                var sentence = article.Sentences[s];
                if (sentence.End > article.BodyLength)
                {
                    break;
                }

                // A sentence without a date of its own continues the last dated one.
                if (dates.FirstOrDefault(d => sentence.Contains(d.Span.Start)) is { Span.Length: > 0 } dated)
                {
                    current = dated.Date;
                }

                var codings = coder.Code(article.CleanText, sentence.Start, sentence.End, current, known);
                foreach (var coding in codings)
                {
                    var location = places.Where(p => sentence.Contains(p.Span.Start) && !Covers(coding.Source, p.Span) && !Covers(coding.Target, p.Span)).Select(p => p.Name).FirstOrDefault()
                        ?? places.Where(p => sentence.Contains(p.Span.Start)).Select(p => p.Name).FirstOrDefault();
                    coded.Add(new Coded(article, s, coding, current, location));
                }
            }
        }

        return Merge(coded, entities);
    }

    private static bool Covers(EventActor actor, TextSpan span) => span.Start >= actor.Start && span.Start < actor.End;

    private ImmutableArray<StoryEvent> Merge(List<Coded> coded, ImmutableArray<Entity> entities)
    {
        var events = ImmutableArray.CreateBuilder<StoryEvent>();
        var groups = coded.Where(c => CameoCodes.Describe(c.Coding.Code) is not null)
            .GroupBy(c => (c.Coding.Source.Code, c.Coding.Target.Code, Root: c.Coding.Code[..2], c.Date));
        foreach (var group in groups)
        {
            var members = group.ToList();
            var code = members.GroupBy(m => m.Coding.Code).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var articles = members.Select(m => m.Article.Id).Distinct().ToImmutableArray();
            var sources = members.Select(m => m.Article.Outlet ?? m.Article.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count();
            var key = $"{group.Key.Item1}|{group.Key.Item2}|{group.Key.Root}|{group.Key.Date:yyyy-MM-dd}|{string.Join(',', articles.Order(StringComparer.Ordinal))}";
            var id = "V" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10];
            var mentions = members.Select(m => new StoryEventMention(m.Article.Id, m.Sentence, m.Article.Sentences[m.Sentence],
                new TextSpan(m.Coding.Source.Start, m.Coding.Source.End), new TextSpan(m.Coding.Target.Start, m.Coding.Target.End),
                new TextSpan(m.Coding.VerbStart, m.Coding.VerbEnd), m.Coding.Code, m.Article.Sentences[m.Sentence].Of(m.Article.CleanText).Trim())).ToImmutableArray();
            var location = members.Select(m => m.Location).Where(l => l is not null).GroupBy(l => l).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            events.Add(new StoryEvent(id, CameoCodes.Describe(code)!, Actor(members.Select(m => m.Coding.Source), entities), Actor(members.Select(m => m.Coding.Target), entities),
                group.Key.Date, location, mentions.Length, sources, articles.Length, articles, mentions));
        }

        return [.. events.OrderByDescending(e => e.NumSources).ThenByDescending(e => e.NumMentions).ThenBy(e => e.Date).ThenBy(e => e.Code.Code, StringComparer.Ordinal)];
    }

    private static StoryEventActor Actor(IEnumerable<EventActor> actors, ImmutableArray<Entity> entities)
    {
        var list = actors.ToList();
        var entityId = list.Select(a => a.EntityId).Where(e => e is not null).GroupBy(e => e).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        var entity = entityId is null ? null : entities.FirstOrDefault(e => e.Id == entityId);
        var code = list[0].Code;
        var name = entity?.Name ?? (code.Length >= 3 && Gazetteer.Default.Country(code[..3]) is { } country ? country.CountryName : list.GroupBy(a => a.Text).OrderByDescending(g => g.Count()).First().Key);
        return new StoryEventActor(name, code, entity?.Id);
    }

    /// <summary>The story's people and organisations with a country, as actor spans: country plus the sector of their role.</summary>
    private List<KnownActorSpan> KnownActors(Article article, ImmutableArray<Entity> entities)
    {
        var known = new List<KnownActorSpan>();
        foreach (var entity in entities)
        {
            if (entity.Type == EntityType.Place || entity.CountryCode is not { } iso)
            {
                continue;
            }

            var country = Gazetteer.Default.Country(iso)?.CameoCode ?? iso;
            var role = entity.Attributes.Where(a => a.Name == "role").GroupBy(a => a.Value).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            var code = role is null ? country : SectorOf(role)?.Apply(country) ?? country;
            foreach (var mention in entity.Mentions)
            {
                if (mention.ArticleId == article.Id)
                {
                    known.Add(new KnownActorSpan(mention.Span.Start, mention.Span.End, code, entity.Id));
                }
            }
        }

        known.Sort((a, b) => a.Start.CompareTo(b.Start));
        return known;
    }

    private AgentCode? SectorOf(string role)
    {
        var tokens = EventTokenizer.Tokenize(role);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (coder.Dictionaries.Actors.Agents.TryMatch(tokens, i, tokens.Count, out var agent, out _))
            {
                return agent;
            }
        }

        return null;
    }
}
