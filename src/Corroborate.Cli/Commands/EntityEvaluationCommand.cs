using System.Collections.Frozen;
using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using Corroborate.Extraction;
using Corroborate.Ingest;
using Corroborate.Model;
using Corroborate.Evaluation.Entities;

namespace Corroborate.Cli.Commands;

/// <summary>
/// <c>corroborate eval entities FILE.jsonl</c>: every gold story's entities (type, mentions, articles, name,
/// variants, where the first mention is) for a reviewer to judge; with <c>--junk</c> the entities a reviewer
/// judged to name nothing are marked and counted per 100 articles; with <c>--gold</c> the annotated articles
/// are scored (mentions, variant pairs, typed entities, junk, cross-document chains against baselines).
/// </summary>
internal static class EntityEvaluationCommand
{
    public static Command CreateEval(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "JSON Lines with id, title, text, story and topic of each article (as ECB+)." };
        var topics = new Option<string?>("--topics") { Description = "Only these topics (comma-separated)." };
        var storyList = new Option<string?>("--stories") { Description = "Only these gold stories (comma-separated)." };
        var exclude = new Option<string?>("--exclude-topics") { Description = "Leave these topics out (comma-separated): held-out ones while writing rules." };
        var junk = new Option<string?>("--junk") { Description = "A reviewer's verdicts: lines 'article id, start, end' of a mention of an entity that names nothing (an entity is junk when its name is such a mention)." };
        var gold = new Option<string?>("--gold") { Description = "A hand annotation (article id, start, end, label, chain) of some of the articles: score them." };
        var errors = new Option<bool>("--errors") { Description = "With --gold: list every mistake (missed, spurious, mistyped mentions, wrong and missing pairs)." };
        var quiet = new Option<bool>("--summary") { Description = "Print the totals only, not every story's entities." };
        var mentions = new Option<bool>("--mentions") { Description = "Also list every article's raw mentions with the evidence the extractor saw (for debugging rules)." };
        var command = new Command("entities", "List every gold story's entities for review; count reviewed junk; score against a hand annotation.")
        {
            file, topics, storyList, exclude, junk, gold, errors, quiet, mentions,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var path = parsed.GetValue(file)!;
            try
            {
                var only = Topics(parsed.GetValue(topics));
                var without = Topics(parsed.GetValue(exclude)) ?? FrozenSet<string>.Empty;
                var onlyStories = Topics(parsed.GetValue(storyList));
                var articles = EntityEvaluation.Read(path, t => (only is null || only.Contains(t)) && !without.Contains(t), cancellationToken)
                    .Where(a => onlyStories is null || onlyStories.Contains(a.Story)).ToImmutableArray();
                var stories = EntityEvaluation.Run(articles, cancellationToken: cancellationToken);
                var verdicts = parsed.GetValue(junk) is { } junkPath ? ReadVerdicts(junkPath) : null;
                var judgedJunk = 0;
                foreach (var story in stories)
                {
                    if (!parsed.GetValue(quiet))
                    {
                        await console.Out.WriteLineAsync(Invariant($"== {story.Story} (topic {story.Topic}, {story.Articles.Length} articles, {story.Entities.Entities.Length} entities)")).ConfigureAwait(false);
                    }

                    if (parsed.GetValue(mentions))
                    {
                        await WriteMentionsAsync(console, story).ConfigureAwait(false);
                    }

                    foreach (var entity in story.Entities.Entities)
                    {
                        // Judged by the name shown: a junk mention that has since joined a real entity ("Valley" → "Missouri Valley") is no junk entity.
                        // A name no mention writes (a country's gazetteer name over "English") is judged by its mentions: junk when every one is.
                        var isJunk = verdicts is not null && (entity.Mentions.Any(m => m.Text == entity.Name)
                            ? entity.Mentions.Any(m => m.Text == entity.Name && verdicts.Contains((m.ArticleId, m.Span.Start, m.Span.End)))
                            : entity.Variants.All(v => entity.Mentions.Any(m => m.Text == v && verdicts.Contains((m.ArticleId, m.Span.Start, m.Span.End)))));
                        judgedJunk += isJunk ? 1 : 0;
                        if (!parsed.GetValue(quiet))
                        {
                            var first = entity.Mentions[0];
                            await console.Out.WriteLineAsync(Invariant(
                                $"  {(isJunk ? "JUNK " : "")}{Type(entity.Type),-12} {entity.Mentions.Length,3} {entity.Articles.Length,2}  {entity.Name}  [{string.Join(" | ", entity.Variants)}]  {first.ArticleId}:{first.Span.Start}-{first.Span.End}  {{{string.Join("; ", entity.TypeEvidence)}}}")).ConfigureAwait(false);
                        }
                    }
                }

                var entities = stories.Sum(s => s.Entities.Entities.Length);
                var junkSummary = verdicts is null ? "" : Invariant($"; judged junk: {judgedJunk} = {100.0 * judgedJunk / Math.Max(1, articles.Length):F1} per 100 articles");
                await console.Out.WriteLineAsync(Invariant($"{stories.Length} stories, {articles.Length} articles, {entities} entities{junkSummary}")).ConfigureAwait(false);
                if (parsed.GetValue(gold) is { } goldPath)
                {
                    var annotation = EntityGoldAnnotation.Read(goldPath);
                    annotation.Validate(articles.ToDictionary(a => a.Article.Id, a => a.Article, StringComparer.Ordinal), goldPath);
                    await WriteScoreAsync(console, EntityGoldScorer.Score(stories, annotation), annotation.Articles.Count, parsed.GetValue(errors)).ConfigureAwait(false);
                }

                return ExitCodes.Success;
            }
            catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"corroborate: {e.Message}").ConfigureAwait(false);
                return ExitCodes.InputsFailed;
            }
        });
        return command;
    }

    private static async Task WriteScoreAsync(CliConsole console, EntityGoldScore s, int annotatedArticles, bool withErrors)
    {
        var output = console.Out;
        await output.WriteLineAsync(Invariant($"annotated: {annotatedArticles} articles, {s.GoldMentions} person/organisation/place mentions, {s.GoldEntities} entities (story, chain), {s.GoldChains} chains")).ConfigureAwait(false);
        await output.WriteLineAsync(Invariant(
            $"mentions: P={Ratio(s.ExactMentions, s.PredictedMentions)} R={Ratio(s.ExactMentions, s.GoldMentions)} (exact spans {s.ExactMentions} of {s.PredictedMentions} predicted, {s.GoldMentions} gold; {s.OverlappingMentions} more overlap a gold name); with the right type P={Ratio(s.ExactTypedMentions, s.PredictedMentions)} R={Ratio(s.ExactTypedMentions, s.GoldMentions)}")).ConfigureAwait(false);
        await output.WriteLineAsync(Invariant($"variant pairs: P={Ratio(s.CorrectPairs, s.PredictedPairs)} R={Ratio(s.CorrectPairs, s.GoldPairs)} ({s.CorrectPairs} right of {s.PredictedPairs} predicted, {s.GoldPairs} gold)")).ConfigureAwait(false);
        await output.WriteLineAsync(Invariant($"typed entities: recall {Ratio(s.FoundEntities, s.GoldEntities)} ({s.FoundEntities} of {s.GoldEntities})")).ConfigureAwait(false);
        await output.WriteLineAsync(Invariant($"junk: {s.Junk.Length} of {s.PredictedEntities} predicted entities = {100.0 * s.Junk.Length / Math.Max(1, annotatedArticles):F1} per 100 articles; mistyped: {s.Mistyped.Length}")).ConfigureAwait(false);
        await output.WriteLineAsync(Invariant($"cross-document chains (BCubed over {s.GoldMentions} gold mentions, {s.GoldChains} chains):")).ConfigureAwait(false);
        await output.WriteLineAsync(Invariant($"  system     P={s.Chains.Precision:F3} R={s.Chains.Recall:F3} F1={s.Chains.F1:F3} (a missed mention is a cluster of its own)")).ConfigureAwait(false);
        await output.WriteLineAsync(Invariant($"  exact form P={s.ExactFormBaseline.Precision:F3} R={s.ExactFormBaseline.Recall:F3} F1={s.ExactFormBaseline.F1:F3}")).ConfigureAwait(false);
        await output.WriteLineAsync(Invariant($"  last word  P={s.LastWordBaseline.Precision:F3} R={s.LastWordBaseline.Recall:F3} F1={s.LastWordBaseline.F1:F3}")).ConfigureAwait(false);
        await output.WriteLineAsync(Invariant($"  system on the {s.FoundChainMentions} mentions it found P={s.ChainsOnFound.Precision:F3} R={s.ChainsOnFound.Recall:F3} F1={s.ChainsOnFound.F1:F3}")).ConfigureAwait(false);
        await output.WriteLineAsync(Invariant($"  last word on those {s.FoundChainMentions} mentions P={s.LastWordOnFound.Precision:F3} R={s.LastWordOnFound.Recall:F3} F1={s.LastWordOnFound.F1:F3}")).ConfigureAwait(false);
        foreach (var line in s.Junk)
        {
            await output.WriteLineAsync("  junk\t" + line).ConfigureAwait(false);
        }

        foreach (var line in s.Mistyped)
        {
            await output.WriteLineAsync("  mistyped\t" + line).ConfigureAwait(false);
        }

        if (withErrors)
        {
            foreach (var error in s.Errors)
            {
                await output.WriteLineAsync("  " + error).ConfigureAwait(false);
            }
        }
    }

    private static async Task WriteMentionsAsync(CliConsole console, EntityEvaluationStory story)
    {
        var extractor = new EntityMentionExtractor();
        foreach (var article in story.Articles)
        {
            foreach (var m in extractor.Extract(article))
            {
                var flags = string.Join(',', new[]
                {
                    m.IsTypeGuess ? "guess" : null, m.AtSentenceStart ? "opening" : null, m.AfterIn ? "in" : null, m.PersonEvidence ? "speaks" : null,
                    m.Attributive ? "attributive" : null, m.ContextType is { } c ? "context=" + Type(c) : null, m.RightType is { } r ? "right=" + Type(r) : null,
                    m.Role is { } role ? "role=" + role : null, m.IsRoleOnly ? "role-only" : null,
                }.Where(f => f is not null));
                await console.Out.WriteLineAsync(Invariant($"    {article.Id}:{m.Span.Start}-{m.Span.End} {Type(m.Type),-12} {m.Text}  {flags}")).ConfigureAwait(false);
            }
        }
    }

    private static FrozenSet<string>? Topics(string? list) =>
        list is null ? null : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Reads 'article id, start, end' lines (a '#' starts a comment); throws <see cref="InputException"/> naming the line.</summary>
    private static HashSet<(string, int, int)> ReadVerdicts(string path)
    {
        var verdicts = new HashSet<(string, int, int)>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 3 || !int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
            {
                throw new InputException(path, $"line {lineNumber} is not 'article id, start, end'", lineNumber);
            }

            verdicts.Add((cells[0], start, end));
        }

        return verdicts;
    }

    private static string Type(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organisation => "organisation",
        EntityType.Place => "place",
        _ => "unknown",
    };

    private static string Ratio(int a, int b) => b == 0 ? "n/a" : ((double)a / b).ToString("F3", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
