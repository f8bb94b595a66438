using System.Collections.Immutable;
using Corroborate.Clustering;
using Corroborate.Model;
using Corroborate.Evaluation.Stories;
using Corroborate.Extraction;

namespace Corroborate.Evaluation.Entities;

/// <summary>
/// Scores the entities of <see cref="EntityEvaluation.Run"/> against an <see cref="EntityGoldAnnotation"/>, on the
/// annotated articles only:
/// mentions (a predicted mention is an entity's mention; right when its span equals a scored gold span, ignored
/// when it only overlaps an <c>other</c> or <c>demonym</c> name); variant pairs per story (two written forms of
/// matched mentions in one predicted entity against two forms of one gold chain, forms compared without case);
/// typed entities (a gold chain of a story is found when one of its mentions is matched by an entity of its
/// type); junk (an entity none of whose mentions touches any annotated name); and cross-document chains, BCubed
/// over the scored gold mentions of all stories, the predicted label being the matched mention's store-wide
/// entityId (a mention the system missed is a cluster of its own), beside two baselines that group the gold
/// mentions by their exact written form and by their last word.
/// </summary>
internal static class EntityGoldScorer
{
    public static EntityGoldScore Score(IReadOnlyList<EntityEvaluationStory> stories, EntityGoldAnnotation gold)
    {
        var goldByArticle = gold.Mentions.GroupBy(m => m.Article, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var errors = ImmutableArray.CreateBuilder<string>();
        int predictedMentions = 0, exact = 0, exactTyped = 0, overlapping = 0;
        int goldPairs = 0, predictedPairs = 0, correctPairs = 0, goldEntities = 0, foundEntities = 0, predictedEntities = 0;
        var junk = ImmutableArray.CreateBuilder<string>();
        var mistyped = ImmutableArray.CreateBuilder<string>();
        var chainGold = new List<string>();
        var chainSystem = new List<string>();
        var chainExact = new List<string>();
        var chainLastWord = new List<string>();
        var chainSystemFound = (Gold: new List<string>(), System: new List<string>(), LastWord: new List<string>());

        foreach (var story in stories)
        {
            var texts = story.Articles.ToDictionary(a => a.Id, a => a.CleanText, StringComparer.Ordinal);
            var annotated = story.Articles.Where(a => gold.Articles.Contains(a.Id)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            if (annotated.Count == 0)
            {
                continue;
            }

            // Predicted mentions of the annotated articles, with their entity.
            var predicted = story.Entities.Entities
                .SelectMany(e => e.Mentions.Where(m => annotated.Contains(m.ArticleId)).Select(m => (Entity: e, Mention: m)))
                .ToList();
            var matchOf = new Dictionary<EntityGoldMention, (Entity Entity, EntityMentionRef Mention)>();
            foreach (var (entity, mention) in predicted)
            {
                var golds = goldByArticle.GetValueOrDefault(mention.ArticleId) ?? [];
                var same = golds.FirstOrDefault(g => g.IsScored && g.Span == mention.Span);
                if (same is not null)
                {
                    predictedMentions++;
                    exact++;
                    exactTyped += same.Type == entity.Type ? 1 : 0;
                    matchOf[same] = (entity, mention);
                    if (same.Type != entity.Type)
                    {
                        errors.Add($"mistyped {story.Story} {mention.ArticleId} {mention.Span.Start}-{mention.Span.End} '{mention.Text}': {Label(entity.Type)} for {same.Label}");
                    }

                    continue;
                }

                var touched = golds.Where(g => Overlaps(g.Span, mention.Span)).ToList();
                if (touched.Count > 0 && touched.All(g => !g.IsScored))
                {
                    continue;
                }

                predictedMentions++;
                overlapping += touched.Any(g => g.IsScored) ? 1 : 0;
                errors.Add($"{(touched.Count > 0 ? "boundary" : "spurious")} {story.Story} {mention.ArticleId} {mention.Span.Start}-{mention.Span.End} '{mention.Text}' ({Label(entity.Type)})"
                    + string.Concat(touched.Select(g => $" ~ gold {g.Span.Start}-{g.Span.End} '{g.Span.Of(texts[g.Article])}' {g.Label}")));
            }

            var storyGold = annotated.SelectMany(id => goldByArticle.GetValueOrDefault(id) ?? []).ToList();
            foreach (var missed in storyGold.Where(g => g.IsScored && !matchOf.ContainsKey(g)))
            {
                errors.Add($"missed {story.Story} {missed.Article} {missed.Span.Start}-{missed.Span.End} '{missed.Span.Of(texts[missed.Article])}' {missed.Label}");
            }

            // Variant pairs: written forms of the matched mentions, per predicted entity and per gold chain.
            var goldForms = storyGold.Where(g => g.IsScored && matchOf.ContainsKey(g)).GroupBy(g => g.Chain, StringComparer.Ordinal)
                .Select(g => g.Select(m => Norm(m.Span.Of(texts[m.Article])))).ToList();
            var systemForms = matchOf.GroupBy(kv => kv.Value.Entity.Id, StringComparer.Ordinal)
                .Select(g => g.Select(kv => Norm(kv.Value.Mention.Text))).ToList();
            var goldPairSet = goldForms.SelectMany(Pairs).ToHashSet();
            var systemPairSet = systemForms.SelectMany(Pairs).ToHashSet();
            goldPairs += goldPairSet.Count;
            predictedPairs += systemPairSet.Count;
            correctPairs += systemPairSet.Count(goldPairSet.Contains);
            foreach (var wrong in systemPairSet.Except(goldPairSet))
            {
                errors.Add($"wrong pair {story.Story} '{wrong.Item1}' ~ '{wrong.Item2}'");
            }

            foreach (var lost in goldPairSet.Except(systemPairSet))
            {
                errors.Add($"missing pair {story.Story} '{lost.Item1}' ~ '{lost.Item2}'");
            }

            // Typed entities: a gold chain of this story found by an entity of its type.
            foreach (var chain in storyGold.Where(g => g.IsScored).GroupBy(g => (g.Chain, g.Type)))
            {
                goldEntities++;
                if (chain.Any(g => matchOf.TryGetValue(g, out var m) && m.Entity.Type == g.Type))
                {
                    foundEntities++;
                }
                else
                {
                    errors.Add($"entity not found {story.Story} {chain.Key.Type} '{chain.Key.Chain}'");
                }
            }

            // Junk and mistyped entities.
            foreach (var entity in story.Entities.Entities.Where(e => e.Mentions.Any(m => annotated.Contains(m.ArticleId))))
            {
                predictedEntities++;
                var mine = entity.Mentions.Where(m => annotated.Contains(m.ArticleId)).ToList();
                var touchedGold = mine.SelectMany(m => (goldByArticle.GetValueOrDefault(m.ArticleId) ?? []).Where(g => Overlaps(g.Span, m.Span))).ToList();
                if (touchedGold.Count == 0)
                {
                    junk.Add($"{story.Story}\t{Label(entity.Type)}\t{entity.Name}\t{mine.Count}");
                }
                else if (touchedGold.Where(g => g.IsScored).GroupBy(g => g.Type).OrderByDescending(g => g.Count()).FirstOrDefault() is { } major && major.Key != entity.Type)
                {
                    mistyped.Add($"{story.Story}\t{Label(entity.Type)}\t{entity.Name}\tgold {major.First().Label}");
                }
            }

            // Cross-document chains: every scored gold mention, labelled by the store-wide id of its match.
            foreach (var g in storyGold.Where(g => g.IsScored))
            {
                var surface = g.Span.Of(texts[g.Article]);
                var key = NameKey.Of(surface);
                chainGold.Add(g.Chain);
                chainExact.Add(Norm(surface));
                chainLastWord.Add(key.Length == 0 ? surface : key[(key.LastIndexOf(' ') + 1)..]);
                var match = matchOf.TryGetValue(g, out var exactMatch) ? exactMatch.Entity
                    : predicted.Where(p => p.Mention.ArticleId == g.Article && Overlaps(p.Mention.Span, g.Span))
                        .OrderByDescending(p => Math.Min(p.Mention.Span.End, g.Span.End) - Math.Max(p.Mention.Span.Start, g.Span.Start))
                        .Select(p => p.Entity).FirstOrDefault();
                var label = match is not null && story.EntityIds.TryGetValue(match.Id, out var entityId) ? entityId : $"missed:{g.Article}:{g.Span.Start}";
                chainSystem.Add(label);
                if (match is not null)
                {
                    chainSystemFound.Gold.Add(g.Chain);
                    chainSystemFound.System.Add(label);
                    chainSystemFound.LastWord.Add(chainLastWord[^1]);
                }
            }
        }

        return new EntityGoldScore(
            gold.Mentions.Count(m => m.IsScored), predictedMentions, exact, exactTyped, overlapping,
            goldPairs, predictedPairs, correctPairs, goldEntities, foundEntities, predictedEntities,
            junk.ToImmutable(), mistyped.ToImmutable(),
            chainGold.Distinct(StringComparer.Ordinal).Count(),
            BCubedScorer.Score(chainSystem, chainGold), BCubedScorer.Score(chainExact, chainGold), BCubedScorer.Score(chainLastWord, chainGold),
            BCubedScorer.Score(chainSystemFound.System, chainSystemFound.Gold), chainSystemFound.Gold.Count,
            errors.ToImmutable())
        {
            LastWordOnFound = BCubedScorer.Score(chainSystemFound.LastWord, chainSystemFound.Gold),
        };
    }

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;

    private static string Label(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organisation => "organisation",
        EntityType.Place => "place",
        _ => "unknown",
    };

    /// <summary>A written form compared without case, with runs of space folded and no final full stop.</summary>
    private static string Norm(string form) =>
        string.Join(' ', form.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.').ToLowerInvariant();

    private static IEnumerable<(string, string)> Pairs(IEnumerable<string> forms)
    {
        var distinct = forms.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < distinct.Count; i++)
        {
            for (var j = i + 1; j < distinct.Count; j++)
            {
                yield return (distinct[i], distinct[j]);
            }
        }
    }
}

/// <summary>
/// Counts of <see cref="EntityGoldScorer.Score"/>: mentions (gold scored, predicted, exact span, exact span and type,
/// overlapping a gold name without matching it), variant pairs, typed entities, junk and mistyped entities (one
/// tab-separated line each: story, type, name, mentions or gold label), and cross-document BCubed for the system
/// (missed mentions as singletons), the exact-form and last-word baselines, and the system and the last-word
/// baseline on the gold mentions it found. <see cref="Errors"/> lists every mistake for a reviewer.
/// </summary>
internal sealed record EntityGoldScore(
    int GoldMentions,
    int PredictedMentions,
    int ExactMentions,
    int ExactTypedMentions,
    int OverlappingMentions,
    int GoldPairs,
    int PredictedPairs,
    int CorrectPairs,
    int GoldEntities,
    int FoundEntities,
    int PredictedEntities,
    ImmutableArray<string> Junk,
    ImmutableArray<string> Mistyped,
    int GoldChains,
    BCubedScore Chains,
    BCubedScore ExactFormBaseline,
    BCubedScore LastWordBaseline,
    BCubedScore ChainsOnFound,
    int FoundChainMentions,
    ImmutableArray<string> Errors)
{
    /// <summary>The last-word baseline on the same gold mentions the system found: chaining compared with chaining, detection apart.</summary>
    public BCubedScore LastWordOnFound { get; init; } = new(0, 0, 0, 0);
}
