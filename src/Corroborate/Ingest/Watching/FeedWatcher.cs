using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Corroborate.Model;

namespace Corroborate.Ingest.Watching;

/// <summary>
/// Polls feeds politely: conditional requests (ETag, Last-Modified), exponential backoff on errors and
/// on 429/503 (honouring Retry-After), each new entry followed to its page and read by the same
/// content-sniffing reader as files. New documents go to <c>sink</c> as soon as a poll has them, and an
/// entry is marked seen only after the sink has taken it, so stopping at any point loses nothing.
/// </summary>
public sealed class FeedWatcher(
    HttpClient http,
    InputReader reader,
    IWatchStateStore state,
    Func<IReadOnlyList<SourceDocument>, CancellationToken, Task> sink,
    WatchOptions options,
    TimeProvider time)
{
    /// <summary>Polls every feed when due until <paramref name="cancellationToken"/> fires; returns after the current step.</summary>
    public async Task RunAsync(IReadOnlyList<string> feedUrls, Action<PollResult>? report, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var next = DateTimeOffset.MaxValue;
            foreach (var url in feedUrls)
            {
                var feed = await state.GetFeedAsync(url, cancellationToken).ConfigureAwait(false);
                if (feed is null || feed.NextPollAt <= time.GetUtcNow())
                {
                    var result = await PollAsync(url, cancellationToken).ConfigureAwait(false);
                    report?.Invoke(result);
                    feed = await state.GetFeedAsync(url, cancellationToken).ConfigureAwait(false);
                }

                if (feed is not null && feed.NextPollAt < next)
                {
                    next = feed.NextPollAt;
                }
            }

            var wait = next - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>
    /// One poll of one feed: fetch (conditionally), read entries, follow new ones, hand them to the sink.
    /// Never throws for what the network or the feed does (only for cancellation and the state store):
    /// a failed fetch backs off; an entry that cannot be read, followed or stored is named in
    /// <see cref="PollResult.EntryErrors"/> and the others go on.
    /// </summary>
    public async Task<PollResult> PollAsync(string feedUrl, CancellationToken cancellationToken)
    {
        var previous = await state.GetFeedAsync(feedUrl, cancellationToken).ConfigureAwait(false)
            ?? new FeedState(feedUrl, null, null, time.GetUtcNow(), 0, null);
        if (!SafeHttp.IsFetchable(feedUrl, out var feedUri))
        {
            return await FailAsync(previous, 0, "not an http or https URL", retryAfter: null, cancellationToken).ConfigureAwait(false);
        }

        // A feed the user allowed on an intranet may reach its own host at a private address, and nothing else.
        IReadOnlySet<string>? allowed = options.AllowPrivate.Contains(feedUrl) ? new HashSet<string>(StringComparer.OrdinalIgnoreCase) { feedUri!.Host } : null;
        using var request = Request(feedUri!, allowed);
        if (previous.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (previous.LastModified is { } modified)
        {
            request.Headers.IfModifiedSince = modified;
        }

        Fetched response;
        try
        {
            response = await FetchAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsFetchFailure(e, cancellationToken))
        {
            return await FailAsync(previous, 0, Describe(e), retryAfter: null, cancellationToken).ConfigureAwait(false);
        }

        if (response.Status == (int)HttpStatusCode.NotModified)
        {
            return await SucceedAsync(previous, previous.ETag, previous.LastModified, response.Status, [], [], cancellationToken).ConfigureAwait(false);
        }

        if (response.Body is not { } body)
        {
            return await FailAsync(previous, response.Status, $"HTTP {response.Status} {response.Reason}", response.RetryAfter, cancellationToken).ConfigureAwait(false);
        }

        var entries = new List<SourceDocument>();
        var entryErrors = new List<string>();
        try
        {
            foreach (var item in reader.Read(new MemoryStream(body), feedUrl, cancellationToken))
            {
                if (item.Document is { } entry)
                {
                    entries.Add(entry);
                }
                else
                {
                    entryErrors.Add(item.Problem!.Message);
                }
            }
        }
        catch (InputException e)
        {
            if (entries.Count == 0)
            {
                return await FailAsync(previous, response.Status, e.Message, null, cancellationToken).ConfigureAwait(false);
            }

            entryErrors.Add(e.Message);
        }

        var fresh = new List<SourceDocument>();
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = EntryKey(entry);
            if (await state.IsSeenAsync(feedUrl, key, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var document = entry;
            if (options.FollowLinks && entry.Url is { } link)
            {
                document = Uri.TryCreate(feedUri, link, out var page) && page.Scheme is "http" or "https"
                    ? await FollowAsync(entry, page, allowed, entryErrors, cancellationToken).ConfigureAwait(false)
                    : Refused(entry, $"{entry.Source}: link {InputText.Quote(link)} is not an http or https URL; the entry's own text is used", entryErrors);
            }

            try
            {
                await sink([document], cancellationToken).ConfigureAwait(false);
                fresh.Add(document);
            }
            catch (Exception e) when (e is not OperationCanceledException && Pipeline.Failures.IsRecoverable(e))
            {
                // Marked seen all the same: an entry that cannot be stored would fail again on every poll.
                entryErrors.Add($"{document.Source}: not stored: {(e is InputException input ? input.Message : Pipeline.Failures.Describe(e))}");
            }

            await state.MarkSeenAsync(feedUrl, key, cancellationToken).ConfigureAwait(false);
        }

        return await SucceedAsync(previous, response.ETag, response.LastModified, response.Status, fresh, entryErrors, cancellationToken).ConfigureAwait(false);
    }

    private static SourceDocument Refused(SourceDocument entry, string why, List<string> errors)
    {
        errors.Add(why);
        return entry;
    }

    /// <summary>The entry's page read as an article; the entry's own text (and the reason named) when the page cannot be had.</summary>
    private async Task<SourceDocument> FollowAsync(SourceDocument entry, Uri link, IReadOnlySet<string>? allowed, List<string> errors, CancellationToken cancellationToken)
    {
        try
        {
            using var request = Request(link, allowed);
            var response = await FetchAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.Body is not { } body)
            {
                return entry;
            }

            var page = reader.Read(new MemoryStream(body), link.AbsoluteUri, cancellationToken).Documents().FirstOrDefault();
            if (page is null || string.IsNullOrWhiteSpace(page.Text) || page.Text.Length < entry.Text.Length)
            {
                return entry;
            }

            return page with
            {
                Url = page.Url ?? link.AbsoluteUri,
                Title = page.Title ?? entry.Title,
                Outlet = page.Outlet ?? entry.Outlet,
                Author = page.Author ?? entry.Author,
                Published = page.Published ?? entry.Published,
                PublishedFrom = page.Published is null ? entry.PublishedFrom : page.PublishedFrom,
            };
        }
        catch (Exception e) when (e is InputException || IsFetchFailure(e, cancellationToken))
        {
            errors.Add($"{entry.Source}: {link.AbsoluteUri}: {Describe(e)}; the entry's own text is used");
            return entry;
        }
    }

    private static HttpRequestMessage Request(Uri url, IReadOnlySet<string>? allowedPrivateHosts)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (allowedPrivateHosts is not null)
        {
            request.Options.Set(SafeHttp.AllowedPrivateHosts, allowedPrivateHosts);
        }

        return request;
    }

    /// <summary>What one request brought back. <see cref="Body"/> is read (bounded) only for a success.</summary>
    private sealed record Fetched(int Status, string? Reason, string? ETag, DateTimeOffset? LastModified, TimeSpan? RetryAfter, byte[]? Body);

    /// <summary>
    /// Sends and, for a success, reads the whole body, all within <see cref="WatchOptions.RequestTimeout"/>:
    /// a server that sends its headers and then trickles the body is cut off like one that never answers.
    /// </summary>
    private async Task<Fetched> FetchAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var body = response.IsSuccessStatusCode ? await ReadBoundedAsync(response, request.RequestUri!.AbsoluteUri, timeout.Token).ConfigureAwait(false) : null;
            return new Fetched((int)response.StatusCode, response.ReasonPhrase, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified,
                RetryAfter(response), body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"no complete response within {options.RequestTimeout.TotalSeconds:0.#} s");
        }
    }

    private static bool IsFetchFailure(Exception e, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && e is HttpRequestException or TimeoutException or InputException or IOException or NotSupportedException;

    private static string Describe(Exception e) => e is HttpRequestException { InnerException: HttpRequestException inner } ? inner.Message : e.Message;

    private async Task<byte[]> ReadBoundedAsync(HttpResponseMessage response, string url, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > options.MaxResponseBytes)
        {
            throw new InputException(url, $"response of {response.Content.Headers.ContentLength:N0} bytes is over the {options.MaxResponseBytes:N0}-byte limit");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > options.MaxResponseBytes)
            {
                throw new InputException(url, $"response over the {options.MaxResponseBytes:N0}-byte limit");
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    private async Task<PollResult> SucceedAsync(FeedState previous, string? etag, DateTimeOffset? lastModified, int status, List<SourceDocument> fresh,
        List<string> entryErrors, CancellationToken cancellationToken)
    {
        var next = time.GetUtcNow() + options.Interval;
        await state.SaveFeedAsync(previous with { ETag = etag, LastModified = lastModified, NextPollAt = next, ConsecutiveFailures = 0, LastError = null }, cancellationToken).ConfigureAwait(false);
        return new PollResult(previous.Url, status, fresh, null, next) { EntryErrors = [.. entryErrors] };
    }

    private async Task<PollResult> FailAsync(FeedState previous, int status, string error, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var failures = previous.ConsecutiveFailures + 1;
        var backoff = TimeSpan.FromTicks(Math.Min(options.MaxBackoff.Ticks, options.Interval.Ticks * (1L << Math.Min(failures - 1, 20))));
        if (retryAfter is { } asked && asked > backoff)
        {
            backoff = asked < options.MaxBackoff ? asked : options.MaxBackoff;
        }

        var next = time.GetUtcNow() + backoff;
        await state.SaveFeedAsync(previous with { NextPollAt = next, ConsecutiveFailures = failures, LastError = error }, cancellationToken).ConfigureAwait(false);
        return new PollResult(previous.Url, status, [], error, next);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => null,
        };

    /// <summary>An entry is the same entry across polls by its link, else its id, else its words.</summary>
    public static string EntryKey(SourceDocument entry) =>
        entry.Url ?? entry.ExternalId ?? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes((entry.Title ?? "") + "\n" + entry.Text)));
}
