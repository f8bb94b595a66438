using System.Collections.Immutable;
using System.Diagnostics;
using Corroborate.Clustering;
using Corroborate.Ingest;
using Corroborate.Model;
using Corroborate.Storage;
using Corroborate.Text;

namespace Corroborate.Pipeline;

/// <summary>
/// The pipeline in one place: read → clean → assemble (language, sentences, hash) → stories (duplicates
/// and online clustering) → store, timing each stage. One catch site per input: an input that fails is
/// recorded with its reason and rolled back whole, and the run goes on with the next.
/// </summary>
public sealed class IngestPipeline(InputReader reader, ArticleCleaner cleaner, ArticleAssembler assembler, StoryClusterer clusterer, IArticleStore store)
{
    public IngestPipeline(IArticleStore store) : this(store, new StoryClusterer())
    {
    }

    public IngestPipeline(IArticleStore store, StoryClusterer clusterer) : this(new InputReader(), new ArticleCleaner(), new ArticleAssembler(), clusterer, store)
    {
    }

    /// <summary>A pipeline whose story index is rebuilt from the store, so this run extends the stories of earlier runs.</summary>
    public static async Task<IngestPipeline> OpenAsync(IArticleStore store, CancellationToken cancellationToken = default)
    {
        var assignments = new List<StoredStoryAssignment>();
        await foreach (var assignment in store.StoryAssignmentsAsync(cancellationToken).ConfigureAwait(false))
        {
            assignments.Add(assignment);
        }

        return new IngestPipeline(store, new StoryClusterer(StoryIndex.Restore(assignments)));
    }

    public StoryIndex Stories => clusterer.Index;

    public StageTimings Timings { get; } = new();

    /// <summary>Raised after each input file, with the file and how many inputs remain, for progress display.</summary>
    public event Action<string>? InputDone;

    public async Task<IngestResult> IngestAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var articles = ImmutableArray.CreateBuilder<Article>();
        var errors = ImmutableArray.CreateBuilder<InputError>();
        var added = 0;
        List<string> inputs;
        try
        {
            inputs = [.. InputReader.ExpandPaths(paths)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new InputError(string.Join(", ", paths), e.Message));
            return new IngestResult(articles.ToImmutable(), 0, errors.ToImmutable(), Timings);
        }

        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (read, error) = ReadInput(input, cancellationToken);
            if (read.Count > 0)
            {
                var isNew = await StoreAsync(read, cancellationToken).ConfigureAwait(false);
                added += isNew.Count(x => x);
                articles.AddRange(read);
            }

            if (error is not null)
            {
                errors.Add(error);
                await store.RecordErrorAsync(error.Source, error.Message, cancellationToken).ConfigureAwait(false);
            }

            InputDone?.Invoke(input);
        }

        return new IngestResult(articles.ToImmutable(), added, errors.ToImmutable(), Timings);
    }

    /// <summary>
    /// Reads and cleans every document of one input. A broken input keeps the documents read before the
    /// break (a WARC's earlier records) and reports the break; a broken single-document file yields nothing.
    /// </summary>
    public (List<Article> Articles, InputError? Error) ReadInput(string input, CancellationToken cancellationToken) =>
        ReadDocuments(() => reader.Read(input, cancellationToken));

    /// <summary>As <see cref="ReadInput(string, CancellationToken)"/>, for an input already in memory (a worker's queued input).</summary>
    public (List<Article> Articles, InputError? Error) ReadInput(Stream content, string source, CancellationToken cancellationToken) =>
        ReadDocuments(() => reader.Read(content, source, cancellationToken));

    private (List<Article> Articles, InputError? Error) ReadDocuments(Func<IEnumerable<SourceDocument>> read)
    {
        var articles = new List<Article>();
        try
        {
            using var documents = read().GetEnumerator();
            while (true)
            {
                var start = Stopwatch.GetTimestamp();
                if (!documents.MoveNext())
                {
                    break;
                }

                Timings.Add("read", Stopwatch.GetTimestamp() - start);
                articles.Add(Process(documents.Current));
            }

            return (articles, null);
        }
        catch (InputException e)
        {
            return (articles, new InputError(e.InputSource, e.Reason + (e.Position is { } p ? $" (at {p})" : "")));
        }
    }

    /// <summary>Cleans, assembles and stores documents that arrived other than from files (a watched feed, an API call).</summary>
    public async Task<IReadOnlyList<Article>> IngestDocumentsAsync(IReadOnlyList<SourceDocument> documents, CancellationToken cancellationToken = default)
    {
        var articles = documents.Select(d => Process(d, DateTimeOffset.UtcNow)).ToList();
        await StoreAsync(articles, cancellationToken).ConfigureAwait(false);
        return articles;
    }

    /// <summary>Places each article not stored before in a story, then stores the input's articles in one transaction.</summary>
    private async Task<IReadOnlyList<bool>> StoreAsync(List<Article> articles, CancellationToken cancellationToken)
    {
        var items = new List<(Article, StoryAssignment?)>(articles.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var known = !seen.Add(article.ContentHash) || clusterer.Index.StoryOf(article.Id) is not null
                || await store.ContainsAsync(article.ContentHash, cancellationToken).ConfigureAwait(false);
            items.Add((article, known ? null : Timings.Time("stories", () => clusterer.Assign(article))));
        }

        var start = Stopwatch.GetTimestamp();
        var isNew = await store.AddAsync(items, cancellationToken).ConfigureAwait(false);
        Timings.Add("store", Stopwatch.GetTimestamp() - start);
        return isNew;
    }

    /// <summary>
    /// Cleans and assembles one document read by any reader. <paramref name="receivedAt"/> is set only for
    /// live arrivals (a watched feed, an API call): a file's ingest time says nothing about when it was written.
    /// </summary>
    public Article Process(SourceDocument document, DateTimeOffset? receivedAt = null)
    {
        var cleaned = Timings.Time("clean", () => cleaner.Clean(document));
        return Timings.Time("assemble", () => assembler.Assemble(cleaned, receivedAt));
    }
}
