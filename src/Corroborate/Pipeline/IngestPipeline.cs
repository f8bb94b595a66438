using System.Collections.Immutable;
using System.Diagnostics;
using Corroborate.Clustering;
using Corroborate.Ingest;
using Corroborate.Model;
using Corroborate.Reporting;
using Corroborate.Storage;
using Corroborate.Text;

namespace Corroborate.Pipeline;

/// <summary>
/// The pipeline in one place: read → clean → assemble (language, sentences, hash) → stories (duplicates
/// and online clustering) → store, timing each stage. Failures are isolated at the smallest unit that
/// has them: an item a reader cannot read (a line, an entry, a record), a document the Text stage fails
/// on, an article the story index cannot place, each becomes an <see cref="InputError"/> naming it, and
/// the run goes on. Large inputs are stored in batches of <see cref="BatchSize"/> articles, so a killed
/// run keeps what it committed and a rerun resumes (stored articles are recognised by their hash).
/// </summary>
public sealed class IngestPipeline(InputReader reader, ArticleCleaner cleaner, ArticleAssembler assembler, StoryClusterer clusterer, IArticleStore store)
{
    public IngestPipeline(IArticleStore store) : this(store, new StoryClusterer())
    {
    }

    public IngestPipeline(IArticleStore store, StoryClusterer clusterer) : this(new InputReader(), new ArticleCleaner(), new ArticleAssembler(), clusterer, store)
    {
    }

    /// <summary>
    /// A pipeline whose story index is rebuilt from the store, so this run extends the stories of earlier runs. A
    /// store written by a version that did not keep its stories gets them stored from the rebuilt index, once.
    /// </summary>
    public static async Task<IngestPipeline> OpenAsync(IArticleStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var assignments = new List<StoredStoryAssignment>();
        await foreach (var assignment in store.StoryAssignmentsAsync(cancellationToken).ConfigureAwait(false))
        {
            assignments.Add(assignment);
        }

        var index = StoryIndex.Restore(assignments);
        if (store is IStoryStore stories && !await stories.HasStoriesAsync(cancellationToken).ConfigureAwait(false))
        {
            await StoredStories.FillAsync(stories, index, assignments.Select(a => a.StoryId), cancellationToken).ConfigureAwait(false);
        }

        return new IngestPipeline(store, new StoryClusterer(index));
    }

    public StoryIndex Stories => clusterer.Index;

    public StageTimings Timings { get; } = new();

    /// <summary>Articles stored per transaction. Bounds the memory a large input holds and what a kill can lose.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Keep every article read in <see cref="IngestResult.Articles"/> (and copies in <see cref="IngestResult.Copies"/>); off for large runs that read them back from the store.</summary>
    public bool KeepArticles { get; set; } = true;

    /// <summary>Keep <see cref="IngestResult.Copies"/> even when articles are not kept (a report lists them).</summary>
    public bool KeepCopies { get; set; }

    /// <summary>Raised after each input file, with the file, for progress display.</summary>
    public event Action<string>? InputDone;

    /// <summary>Raised after each document read, with the number read so far in this run, for progress inside large inputs.</summary>
    public event Action<long>? DocumentRead;

    public async Task<IngestResult> IngestAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var run = new Run(KeepArticles, KeepArticles || KeepCopies);
        List<string> inputs;
        try
        {
            inputs = [.. InputReader.ExpandPaths(paths)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            run.Errors.Add(new InputError(string.Join(", ", paths), e.Message));
            return run.Result(Timings);
        }

        // Reading and cleaning (on every core) run ahead on a thread of their own while this one places and stores what
        // they have cleaned, input by input in the order named, each input's articles in their order.
        var errors = new List<InputError>();
        var batch = new List<Article>();
        foreach (var pieces in ReadAhead.Of(token => ReadInputs(inputs, token), WindowsAhead, cancellationToken))
        {
            foreach (var (input, cleaned, complete) in pieces)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var (article, error) in cleaned)
                {
                    if (error is not null)
                    {
                        errors.Add(error);
                        continue;
                    }

                    batch.Add(article!);
                    if (batch.Count >= BatchSize)
                    {
                        await StoreAsync(batch, run, errors, cancellationToken).ConfigureAwait(false);
                        batch.Clear();
                    }
                }

                if (!complete)
                {
                    continue;
                }

                await StoreAsync(batch, run, errors, cancellationToken).ConfigureAwait(false);
                batch.Clear();
                foreach (var error in errors)
                {
                    run.Errors.Add(error);
                    await store.RecordErrorAsync(error.Source, error.Message, cancellationToken).ConfigureAwait(false);
                }

                errors.Clear();
                InputDone?.Invoke(input);
            }
        }

        return run.Result(Timings);
    }

    /// <summary>
    /// Reads and cleans every document of one input. Items the reader skips, documents the Text stage fails
    /// on and a break in the input are each an error in the list; everything else is returned.
    /// </summary>
    public (List<Article> Articles, List<InputError> Errors) ReadInput(string input, CancellationToken cancellationToken)
    {
        var errors = new List<InputError>();
        return ([.. ReadArticles(() => reader.Read(input, cancellationToken), errors)], errors);
    }

    /// <summary>As <see cref="ReadInput(string, CancellationToken)"/>, for an input already in memory (a worker's queued input).</summary>
    public (List<Article> Articles, List<InputError> Errors) ReadInput(Stream content, string source, CancellationToken cancellationToken)
    {
        var errors = new List<InputError>();
        return ([.. ReadArticles(() => reader.Read(content, source, cancellationToken), errors)], errors);
    }

    /// <summary>
    /// Every input read and cleaned, in the order named: a large input (or standard input) a window at a time, cleaned
    /// on every core; a run of small files (a folder of pages, one article each) read whole, several at once on every
    /// core, since reading an HTML page (parse, main text) is most of its cost and one page is no window to share.
    /// Each piece is part of one input's articles and errors in order; the last piece of an input says it is complete.
    /// </summary>
    private IEnumerable<InputPiece[]> ReadInputs(List<string> inputs, CancellationToken cancellationToken)
    {
        for (var i = 0; i < inputs.Count;)
        {
            var small = SmallFilesFrom(inputs, i);
            if (small > 1)
            {
                var read = new Cleaned[small][];
                var first = i;
                try
                {
                    Parallel.For(0, small, new ParallelOptions { CancellationToken = cancellationToken }, k =>
                        read[k] = [.. CleanedWindows(() => reader.Read(inputs[first + k], cancellationToken)).SelectMany(w => w)]);
                }
                catch (AggregateException e) when (e.InnerExceptions.Count > 0)
                {
                    // What escaped the reader's and cleaner's own catches is not recoverable: surface it as one thread would have.
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
                }

                yield return [.. read.Select((cleaned, k) => new InputPiece(inputs[first + k], cleaned, Complete: true))];
                i += small;
                continue;
            }

            Cleaned[]? pending = null;
            foreach (var window in CleanedWindows(() => reader.Read(inputs[i], cancellationToken)))
            {
                if (pending is not null)
                {
                    yield return [new InputPiece(inputs[i], pending, Complete: false)];
                }

                pending = window;
            }

            yield return [new InputPiece(inputs[i], pending ?? [], Complete: true)];
            i++;
        }
    }

    /// <summary>How many inputs from <paramref name="start"/> on are small files read whole together (at most <see cref="SmallInputsAtOnce"/>).</summary>
    private static int SmallFilesFrom(List<string> inputs, int start)
    {
        var count = 0;
        while (start + count < inputs.Count && count < SmallInputsAtOnce && IsSmallFile(inputs[start + count]))
        {
            count++;
        }

        return count;
    }

    private static bool IsSmallFile(string path)
    {
        try
        {
            return path != "-" && new FileInfo(path) is { Exists: true } file && file.Length <= SmallInputBytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Read alone, where the reader names what is wrong with it.
            return false;
        }
    }

    /// <summary>A file up to this size is read whole (an HTML page is ≈ 150 KB; a crawl's JSON Lines are streamed).</summary>
    private const long SmallInputBytes = 2L * 1024 * 1024;

    /// <summary>Small files read at once: bounds what reading ahead holds (with <see cref="WindowsAhead"/> such runs).</summary>
    private const int SmallInputsAtOnce = 32;

    /// <summary>Part of one input's outcome, in order; <paramref name="Complete"/> on its last part.</summary>
    private readonly record struct InputPiece(string Input, Cleaned[] Cleaned, bool Complete);

    /// <summary>
    /// The articles of one input, lazily, so a large input is never held whole; problems go to <paramref name="errors"/>.
    /// </summary>
    private IEnumerable<Article> ReadArticles(Func<IEnumerable<ReadItem>> read, List<InputError> errors)
    {
        foreach (var window in CleanedWindows(read))
        {
            foreach (var (article, error) in window)
            {
                if (error is not null)
                {
                    errors.Add(error);
                }
                else
                {
                    yield return article!;
                }
            }
        }
    }

    /// <summary>
    /// Every document of one input, read in order and cleaned a window at a time on every core (cleaning and assembling
    /// are pure per document: the same articles and errors, in the same order, as one at a time). Each window lists, in
    /// input order, an article or the error that stands in its place.
    /// </summary>
    private IEnumerable<Cleaned[]> CleanedWindows(Func<IEnumerable<ReadItem>> read)
    {
        var opening = new List<InputError>(0);
        using var items = Open(read, opening);
        if (items is null)
        {
            yield return [.. opening.Select(e => new Cleaned(null, e))];
            yield break;
        }

        var window = new List<(SourceDocument? Document, InputError? Error)>(CleaningWindow);
        var more = true;
        while (more)
        {
            window.Clear();
            while (window.Count < CleaningWindow)
            {
                var start = Stopwatch.GetTimestamp();
                var problems = new List<InputError>(0);
                if (!Next(items, problems))
                {
                    window.AddRange(problems.Select(p => ((SourceDocument?)null, (InputError?)p)));
                    more = false;
                    break;
                }

                Timings.Add("read", Stopwatch.GetTimestamp() - start);
                if (items.Current.Problem is { } problem)
                {
                    window.Add((null, ToError(problem)));
                    continue;
                }

                DocumentRead?.Invoke(Interlocked.Increment(ref _documentsRead));
                window.Add((items.Current.Document!, null));
            }

            if (window.Count > 0)
            {
                yield return Clean(window);
            }
        }
    }

    /// <summary>Documents cleaned at once (on every core); bounds what one input holds in memory.</summary>
    private const int CleaningWindow = 64;

    /// <summary>Cleaned windows waiting for the store at most: what reading ahead holds (≈ one store batch).</summary>
    private const int WindowsAhead = 8;

    private Cleaned[] Clean(List<(SourceDocument? Document, InputError? Error)> window)
    {
        var results = new Cleaned[window.Count];
        void One(int i)
        {
            var (document, error) = window[i];
            if (document is null)
            {
                results[i] = new Cleaned(null, error);
                return;
            }

            var problems = new List<InputError>(0);
            var article = TryProcess(document, null, problems);
            results[i] = new Cleaned(article, problems.Count > 0 ? problems[0] : null);
        }

        var documents = window.Count(w => w.Document is not null);
        if (documents < 2 || Environment.ProcessorCount < 2)
        {
            for (var i = 0; i < window.Count; i++)
            {
                One(i);
            }
        }
        else
        {
            try
            {
                Parallel.For(0, window.Count, One);
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // What escaped TryProcess is not recoverable: surface it as one thread would have.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            }
        }

        return results;
    }

    /// <summary>One document's outcome: its article, or the error in its place.</summary>
    private readonly record struct Cleaned(Article? Article, InputError? Error);

    private long _documentsRead;

    private static IEnumerator<ReadItem>? Open(Func<IEnumerable<ReadItem>> read, List<InputError> errors)
    {
        try
        {
            return read().GetEnumerator();
        }
        catch (InputException e)
        {
            errors.Add(ToError(e));
            return null;
        }
    }

    /// <summary>The one catch site for a reader: a break in the input ends it, keeping what came before.</summary>
    private static bool Next(IEnumerator<ReadItem> items, List<InputError> errors)
    {
        try
        {
            return items.MoveNext();
        }
        catch (InputException e)
        {
            errors.Add(ToError(e));
            return false;
        }
        catch (Exception e) when (Failures.IsRecoverable(e))
        {
            // A reader's own bug must not stop the run: the input is named and the next one is read.
            errors.Add(new InputError(InputName(items), $"could not be read: {Failures.Describe(e)}"));
            return false;
        }
    }

    private static string InputName(IEnumerator<ReadItem> items) => items.Current.Document?.Source ?? items.Current.Problem?.InputSource ?? "(input)";

    private static InputError ToError(InputException e) =>
        new(e.InputSource, e.Reason + (e.Position is { } p && !e.Reason.Contains(p.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) ? $" (at {p})" : ""));

    /// <summary>Cleans, assembles and stores documents that arrived other than from files (a watched feed, an API call).</summary>
    public async Task<IReadOnlyList<Article>> IngestDocumentsAsync(IReadOnlyList<SourceDocument> documents, CancellationToken cancellationToken = default)
    {
        var errors = new List<InputError>();
        var articles = new List<Article>();
        foreach (var document in documents)
        {
            if (TryProcess(document, DateTimeOffset.UtcNow, errors) is { } article)
            {
                articles.Add(article);
            }
        }

        await StoreAsync(articles, new Run(keep: false, keepCopies: false), errors, cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            // A caller handing documents one by one (an API post) hears why its document was not stored.
            throw new InputException(errors[0].Source, errors[0].Message);
        }

        return articles;
    }

    /// <summary>
    /// Places each article not stored before in a story, then stores the batch in one transaction. An
    /// article the story index fails on is named and left unstored; the others go on.
    /// </summary>
    private async Task StoreAsync(List<Article> articles, Run run, List<InputError> errors, CancellationToken cancellationToken)
    {
        if (articles.Count == 0)
        {
            return;
        }

        var items = new List<(Article, StoryAssignment?)>(articles.Count);
        foreach (var article in articles)
        {
            var known = !run.Seen.Add(article.ContentHash) || clusterer.Index.StoryOf(article.Id) is not null
                || await store.ContainsAsync(article.ContentHash, cancellationToken).ConfigureAwait(false);
            if (known)
            {
                run.Copy(article);
                items.Add((article, null));
                continue;
            }

            try
            {
                items.Add((article, Timings.Time("stories", () => clusterer.Assign(article))));
                run.Keep(article);
            }
            catch (Exception e) when (Failures.IsRecoverable(e))
            {
                errors.Add(new InputError(article.Source, $"article {article.Id} could not be placed in a story: {Failures.Describe(e)}"));
                run.Seen.Remove(article.ContentHash);
            }
        }

        var start = Stopwatch.GetTimestamp();
        // The stories these placements changed are stored with them, in the same transaction.
        var isNew = store is IStoryStore stories
            ? await stories.AddAsync(items, StoryChanges.Of(clusterer.Index, items.Select(item => item.Item2)), cancellationToken).ConfigureAwait(false)
            : await store.AddAsync(items, cancellationToken).ConfigureAwait(false);
        Timings.Add("store", Stopwatch.GetTimestamp() - start);
        run.Added += isNew.Count(x => x);
    }

    /// <summary>
    /// Cleans and assembles one document read by any reader. <paramref name="receivedAt"/> is set only for
    /// live arrivals (a watched feed, an API call): a file's ingest time says nothing about when it was written.
    /// </summary>
    public Article Process(SourceDocument document, DateTimeOffset? receivedAt = null)
    {
        var cleaned = Timings.Time("clean", () => cleaner.Clean(document));
        var article = Timings.Time("assemble", () => assembler.Assemble(cleaned, receivedAt));
        if (article.CleanText.Length == 0)
        {
            // Every empty article has the same content hash: stored, it would make every later empty one "already stored".
            throw new InputException(document.Source, "no article text left after cleaning" + RemovalSummary(article.Removed));
        }

        return article;
    }

    private Article? TryProcess(SourceDocument document, DateTimeOffset? receivedAt, List<InputError> errors)
    {
        try
        {
            return Process(document, receivedAt);
        }
        catch (InputException e)
        {
            errors.Add(ToError(e));
        }
        catch (Exception e) when (Failures.IsRecoverable(e))
        {
            errors.Add(new InputError(document.Source, $"could not be cleaned: {Failures.Describe(e)}"));
        }

        return null;
    }

    private static string RemovalSummary(ImmutableArray<Removal> removed) =>
        removed.IsEmpty ? "" : " (removed: " + string.Join(", ", removed.GroupBy(r => r.Reason).Select(g => $"{g.Count()} × {g.Key}")) + ")";

    /// <summary>What one run gathers across its inputs.</summary>
    private sealed class Run(bool keep, bool keepCopies)
    {
        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);
        public List<InputError> Errors { get; } = [];
        public int Added { get; set; }
        private readonly ImmutableArray<Article>.Builder _articles = ImmutableArray.CreateBuilder<Article>();
        private readonly ImmutableArray<ArticleCopy>.Builder _copies = ImmutableArray.CreateBuilder<ArticleCopy>();
        private int _read;

        public void Keep(Article article)
        {
            _read++;
            if (keep)
            {
                _articles.Add(article);
            }
        }

        public void Copy(Article article)
        {
            _read++;
            if (keep)
            {
                _articles.Add(article);
            }

            if (keepCopies)
            {
                _copies.Add(new ArticleCopy(article.Source, article.Id));
            }
        }

        public IngestResult Result(StageTimings timings) =>
            new(_articles.ToImmutable(), Added, [.. Errors], timings) { Read = _read, Copies = _copies.ToImmutable() };
    }
}
