using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// Runs the extraction stages over the articles of one story: mentions per article, entities across
/// the story, quotes per article with speakers resolved to the story's entities (a role such as "the
/// Iranian President" to the person the story gives that role), then statements matched across outlets.
/// </summary>
public sealed partial class StoryExtractor(
    EntityMentionExtractor mentions,
    EntityResolver resolver,
    QuoteExtractor quotes,
    QuoteMatcher matcher,
    TimelineBuilder timeline,
    AmountExtractor amounts)
{
    public StoryExtractor() : this(Gazetteer.Default)
    {
    }

    /// <summary>Extraction that knows the places of <paramref name="gazetteer"/> (the built-in one, or one extended by the user's dictionaries).</summary>
    public StoryExtractor(Gazetteer gazetteer)
        : this(new EntityMentionExtractor(gazetteer, EntityLexicon.Default), new EntityResolver(gazetteer), new QuoteExtractor(gazetteer), new QuoteMatcher(),
            new TimelineBuilder(), new AmountExtractor())
    {
    }

    public StoryExtraction Extract(IReadOnlyList<Article> articles) => Extract(articles, null);

    /// <param name="memo">Per-article results kept from earlier reports (mentions, amounts, dates): only new articles are read.</param>
    public StoryExtraction Extract(IReadOnlyList<Article> articles, ArticleMemo? memo) => ExtractKept(articles, memo).Extraction;

    /// <summary>The story's extraction, and its quote mentions before matching (what a growing story's next article is matched with).</summary>
    private (StoryExtraction Extraction, List<(string, QuoteMention, string?, string?)> QuoteMentions) ExtractKept(IReadOnlyList<Article> articles, ArticleMemo? memo)
    {
        var perArticle = articles.Select(a => (Article: a, Mentions: MentionsOf(a, memo))).ToList();
        var resolution = resolver.Resolve(perArticle);
        var byId = EntitiesById(resolution);
        var quoteMentions = new List<(string, QuoteMention, string?, string?)>();
        var roleHolders = new Dictionary<(string Role, string? Country), Entity?>();
        foreach (var (article, articleMentions) in perArticle)
        {
            AddQuotes(article, articleMentions, resolution, byId, roleHolders, memo, quoteMentions);
        }

        var storyAmounts = articles.SelectMany(a => AmountsOf(a, memo).Select(amount => (a.Id, amount))).ToImmutableArray();
        return (new StoryExtraction(resolution, matcher.Match(quoteMentions), timeline.Build(articles, memo), storyAmounts), quoteMentions);
    }

    private ImmutableArray<EntityMention> MentionsOf(Article article, ArticleMemo? memo) =>
        memo is null ? mentions.Extract(article) : memo.GetOrAdd(article, mentions, mentions.Extract);

    private ImmutableArray<Amount> AmountsOf(Article article, ArticleMemo? memo) =>
        memo is null ? amounts.Extract(article) : memo.GetOrAdd(article, amounts, amounts.Extract);

    /// <summary>The story's entities by id, the first of an id as EntityResolution.Find gives it (Find scans them: once per name of a large story was quadratic).</summary>
    private static Dictionary<string, Entity> EntitiesById(EntityResolution resolution)
    {
        var byId = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in resolution.Entities)
        {
            byId.TryAdd(entity.Id, entity);
        }

        return byId;
    }

    /// <summary>The quotes of one article with their speakers among the story's entities.</summary>
    private void AddQuotes(Article article, ImmutableArray<EntityMention> articleMentions, EntityResolution resolution, Dictionary<string, Entity> byId,
        Dictionary<(string Role, string? Country), Entity?> roleHolders, ArticleMemo? memo, List<(string, QuoteMention, string?, string?)> quoteMentions)
    {
        // Speakers are people: only mentions the story resolved to a person can be one.
        var people = articleMentions.Where(m => m.IsRoleOnly || (resolution.EntityOfMention.TryGetValue((article.Id, m.Span), out var id)
            && byId.GetValueOrDefault(id)?.Type == EntityType.Person)).Select(m => m with { Type = EntityType.Person }).ToImmutableArray();
        // The quotes of an article read only its text and its people: kept while the story gives it the same people.
        var found = memo is null ? quotes.Extract(article, people)
            : memo.GetOrUpdate(article, quotes, people, static (a, b) => a.AsSpan().SequenceEqual(b.AsSpan()), quotes.Extract);
        foreach (var quote in found)
        {
            var speaker = SpeakerOf(article, quote, resolution, byId, roleHolders);
            quoteMentions.Add((article.Id, quote, speaker?.Id, speaker?.Name));
        }
    }

    /// <param name="roleHolders">Who holds each role (and country) asked so far in this story: a scan of its entities once per role, not per quote.</param>
    private static Entity? SpeakerOf(Article article, QuoteMention quote, EntityResolution resolution, Dictionary<string, Entity> byId,
        Dictionary<(string Role, string? Country), Entity?> roleHolders)
    {
        if (quote.SpeakerMention is { } span && resolution.EntityOfMention.TryGetValue((article.Id, span), out var id))
        {
            return byId.GetValueOrDefault(id);
        }

        if (quote.SpeakerRole is { } role)
        {
            if (roleHolders.TryGetValue((role, quote.SpeakerCountry), out var known))
            {
                return known;
            }

            // The person this story gives the role (and country) to; only when exactly one person holds it.
            var holders = resolution.Entities.Where(e => e.Type == EntityType.Person
                && e.Attributes.Any(a => a.Name == EntityAttributeName.Role && a.Value.EndsWith(role, StringComparison.OrdinalIgnoreCase))
                && (quote.SpeakerCountry is null || e.CountryCode == quote.SpeakerCountry)).ToList();
            return roleHolders[(role, quote.SpeakerCountry)] = holders.Count == 1 ? holders[0] : null;
        }

        return null;
    }
}
