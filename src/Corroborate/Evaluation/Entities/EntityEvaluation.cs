using System.Collections.Immutable;
using Corroborate.Clustering;
using Corroborate.Model;
using Corroborate.Text;
using Corroborate.Evaluation.Stories;
using Corroborate.Extraction;

namespace Corroborate.Evaluation.Entities;

/// <summary>
/// Runs entity extraction over a gold story file (JSON Lines with <c>id</c>, <c>title</c>, <c>text</c>,
/// <c>story</c>, <c>topic</c>, as ECB+) the way the pipeline does, one gold story at a time, with one
/// <see cref="EntityRegistry"/> over all stories in order of first appearance, so a reviewer can read every
/// story's entities and a gold annotation (<see cref="EntityGoldAnnotation"/>) can score them.
/// An article's clean text is its title, a blank line and its text, verbatim (the cleaner is left out, so
/// character offsets into that string are stable whatever the Text stage does): the title is a heading,
/// every blank-line-separated paragraph of the text a body segment.
/// </summary>
internal static class EntityEvaluation
{
    /// <summary>
    /// Reads the gold file and keeps the articles whose topic passes <paramref name="includeTopic"/> (all when
    /// null). Throws <see cref="Ingest.InputException"/> naming the file and line for a malformed line.
    /// </summary>
    public static ImmutableArray<GoldArticle> Read(string path, Func<string, bool>? includeTopic = null, CancellationToken cancellationToken = default)
    {
        using var stream = File.OpenRead(path);
        var articles = ImmutableArray.CreateBuilder<GoldArticle>();
        foreach (var gold in StoryEvaluation.ReadGoldArticles(stream, path, cancellationToken))
        {
            if (includeTopic is null || includeTopic(gold.Topic))
            {
                articles.Add(gold with { Article = Assemble(gold.Article) });
            }
        }

        return articles.ToImmutable();
    }

    /// <summary>
    /// Gives a hand-built article (clean text = title, blank line, text) its segments and sentences without
    /// changing a character: the title a heading, each paragraph a body segment.
    /// </summary>
    public static Article Assemble(Article article)
    {
        var text = article.CleanText;
        var segments = ImmutableArray.CreateBuilder<Segment>();
        var sentences = ImmutableArray.CreateBuilder<TextSpan>();
        var bodyStart = 0;
        if (!string.IsNullOrWhiteSpace(article.Title) && text.StartsWith(article.Title + "\n\n", StringComparison.Ordinal))
        {
            var heading = new TextSpan(0, article.Title.Length);
            segments.Add(new Segment(SegmentKind.Heading, heading, article.Language));
            SentenceSplitter.Default.Split(text, heading, lineBreaksEndSentences: true, sentences);
            bodyStart = article.Title.Length + 2;
        }

        var start = bodyStart;
        while (start < text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end;
            if (!text.AsSpan(start, end - start).IsWhiteSpace())
            {
                var paragraph = new TextSpan(start, end);
                segments.Add(new Segment(SegmentKind.Body, paragraph, article.Language));
                SentenceSplitter.Default.Split(text, paragraph, lineBreaksEndSentences: false, sentences);
            }

            start = end + 2;
        }

        return article with { Segments = segments.ToImmutable(), Sentences = sentences.ToImmutable() };
    }

    /// <summary>
    /// Extracts and resolves the entities of every gold story (articles in file order, stories in order of
    /// their first article) and links them through one registry.
    /// </summary>
    public static ImmutableArray<EntityEvaluationStory> Run(IReadOnlyList<GoldArticle> articles, Gazetteer? gazetteer = null, CancellationToken cancellationToken = default)
    {
        var places = gazetteer ?? Gazetteer.Default;
        var extractor = new EntityMentionExtractor(places, EntityLexicon.Default);
        var resolver = new EntityResolver(places);
        var registry = new EntityRegistry();
        var stories = ImmutableArray.CreateBuilder<EntityEvaluationStory>();
        foreach (var story in articles.GroupBy(a => a.Story, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var members = story.ToList();
            var resolution = resolver.Resolve([.. members.Select(m => (m.Article, extractor.Extract(m.Article)))]);
            var ids = registry.Add(story.Key, new StoryExtraction(resolution, [], [], []));
            stories.Add(new EntityEvaluationStory(story.Key, members[0].Topic, [.. members.Select(m => m.Article)], resolution, ids));
        }

        return stories.ToImmutable();
    }
}

/// <summary>One gold story's articles, its resolved entities and their store-wide ids (story entity id → entityId).</summary>
internal sealed record EntityEvaluationStory(
    string Story,
    string Topic,
    ImmutableArray<Article> Articles,
    EntityResolution Entities,
    ImmutableDictionary<string, string> EntityIds);
