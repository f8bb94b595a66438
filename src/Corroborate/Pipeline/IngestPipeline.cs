using System.Collections.Immutable;
using System.Diagnostics;
using Corroborate.Ingest;
using Corroborate.Model;
using Corroborate.Storage;
using Corroborate.Text;

namespace Corroborate.Pipeline;

/// <summary>
/// The pipeline in one place: read → clean → assemble (language, sentences, hash) → store, timing each
/// stage. One catch site per input: an input that fails is recorded with its reason and rolled back
/// whole, and the run goes on with the next.
/// </summary>
public sealed class IngestPipeline(InputReader reader, ArticleCleaner cleaner, ArticleAssembler assembler, IArticleStore store)
{
    public IngestPipeline(IArticleStore store) : this(new InputReader(), new ArticleCleaner(), new ArticleAssembler(), store)
    {
    }

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
                var start = Stopwatch.GetTimestamp();
                var isNew = await store.AddAsync(read, cancellationToken).ConfigureAwait(false);
                Timings.Add("store", Stopwatch.GetTimestamp() - start);
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
    public (List<Article> Articles, InputError? Error) ReadInput(string input, CancellationToken cancellationToken)
    {
        var articles = new List<Article>();
        try
        {
            using var documents = reader.Read(input, cancellationToken).GetEnumerator();
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
        var articles = documents.Select(Process).ToList();
        var start = Stopwatch.GetTimestamp();
        await store.AddAsync(articles, cancellationToken).ConfigureAwait(false);
        Timings.Add("store", Stopwatch.GetTimestamp() - start);
        return articles;
    }

    /// <summary>Cleans and assembles one document read by any reader.</summary>
    public Article Process(SourceDocument document)
    {
        var cleaned = Timings.Time("clean", () => cleaner.Clean(document));
        return Timings.Time("assemble", () => assembler.Assemble(cleaned, DateTimeOffset.UtcNow));
    }
}
