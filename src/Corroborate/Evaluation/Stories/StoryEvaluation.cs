using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Corroborate.Ingest;
using Corroborate.Model;
using Corroborate.Clustering;

namespace Corroborate.Evaluation.Stories;

/// <summary>
/// Scores story clustering against a gold file: JSON Lines with <c>id</c>, <c>title</c>, <c>text</c>
/// and the gold <c>story</c> (other fields, such as <c>topic</c>, are ignored and never shown to the
/// clusterer). Articles are fed in file order; the result is BCubed against <c>story</c>.
/// </summary>
internal static class StoryEvaluation
{
    /// <summary>Evaluates the file at <paramref name="path"/>; see <see cref="Run(Stream, string, StoryClusteringOptions?, CancellationToken)"/>.</summary>
    public static StoryEvaluationResult Run(string path, StoryClusteringOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var stream = File.OpenRead(path);
        return Run(stream, path, options, cancellationToken);
    }

    /// <summary>
    /// Clusters the articles of <paramref name="jsonl"/> in order and scores them. Throws
    /// <see cref="InputException"/> naming <paramref name="source"/> and the line when a line is not
    /// a JSON object, lacks <c>id</c> or <c>story</c>, or repeats an id.
    /// </summary>
    public static StoryEvaluationResult Run(Stream jsonl, string source, StoryClusteringOptions? options = null, CancellationToken cancellationToken = default)
    {
        var articles = ReadGold(jsonl, source, cancellationToken);
        return Run(articles, options, cancellationToken);
    }

    /// <summary>Clusters pre-built (article, gold story) pairs in order and scores them.</summary>
    public static StoryEvaluationResult Run(IEnumerable<(Article Article, string GoldStory)> articles, StoryClusteringOptions? options = null, CancellationToken cancellationToken = default)
    {
        var clusterer = new StoryClusterer(new StoryIndex(options ?? StoryClusteringOptions.Default));
        var ids = new List<string>();
        var gold = new List<string>();
        var duplicates = 0;
        foreach (var (article, goldStory) in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var assignment = clusterer.Assign(article);
            duplicates += assignment.DuplicateOf is null ? 0 : 1;
            ids.Add(article.Id);
            gold.Add(goldStory);
        }

        // Scored on the final stories: a later merge moves articles placed earlier.
        var predicted = ids.Select(id => clusterer.Index.StoryOf(id)!).ToList();

        return new StoryEvaluationResult(
            BCubedScorer.Score(predicted, gold),
            predicted.Count,
            predicted.Distinct(StringComparer.Ordinal).Count(),
            gold.Distinct(StringComparer.Ordinal).Count(),
            duplicates);
    }

    /// <summary>Reads the gold file into articles (headline then text as clean text) with their gold story.</summary>
    public static List<(Article Article, string GoldStory)> ReadGold(Stream jsonl, string source, CancellationToken cancellationToken = default) =>
        [.. ReadGoldArticles(jsonl, source, cancellationToken).Select(g => (g.Article, g.Story))];

    /// <summary>
    /// Reads the gold file into articles with their gold story and topic (the <c>topic</c> field; a line
    /// without one is its story's own topic). Topics only group articles into folds; the clusterer never sees them.
    /// </summary>
    public static List<GoldArticle> ReadGoldArticles(Stream jsonl, string source, CancellationToken cancellationToken = default)
    {
        var result = new List<GoldArticle>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var reader = new StreamReader(jsonl, Encoding.UTF8);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var gold = ParseLine(line, source, lineNumber);
            if (!ids.Add(gold.Article.Id))
            {
                throw new InputException(source, $"line {lineNumber} repeats id {InputText.Quote(gold.Article.Id)}", lineNumber);
            }

            result.Add(gold);
        }

        return result;
    }

    /// <summary>Builds an article by hand from plain text, as tests and evaluations need before the Text stage exists.</summary>
    public static Article CreateArticle(string id, string? title, string text, string source, DateTimeOffset? published = null, string? outlet = null)
    {
        var clean = string.IsNullOrWhiteSpace(title) ? text : title + "\n\n" + text;
        return new Article
        {
            Id = id,
            Source = source,
            Language = "en",
            Title = title,
            Outlet = outlet,
            Published = published,
            CleanText = clean,
            BodyLength = clean.Length,
            Segments = [],
            Sentences = [],
            Removed = [],
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clean))),
        };
    }

    private static GoldArticle ParseLine(string line, string source, int lineNumber)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InputException(source, $"line {lineNumber} is not a JSON object", lineNumber);
            }

            var id = Text(root, "id") ?? throw new InputException(source, $"line {lineNumber} has no \"id\"", lineNumber);
            var story = Text(root, "story") ?? throw new InputException(source, $"line {lineNumber} has no gold \"story\"", lineNumber);
            var article = CreateArticle(id, Text(root, "title"), Text(root, "text") ?? "", $"{source}:{lineNumber}");
            return new GoldArticle(article, story, Text(root, "topic") ?? story);
        }
        catch (JsonException e)
        {
            throw new InputException(source, $"line {lineNumber} is not JSON: {e.Message}", lineNumber, e);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
