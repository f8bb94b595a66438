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

    /// <summary>One poll of one feed: fetch (conditionally), read entries, follow new ones, hand them to the sink.</summary>
    public async Task<PollResult> PollAsync(string feedUrl, CancellationToken cancellationToken)
    {
        var previous = await state.GetFeedAsync(feedUrl, cancellationToken).ConfigureAwait(false)
            ?? new FeedState(feedUrl, null, null, time.GetUtcNow(), 0, null);
        using var request = new HttpRequestMessage(HttpMethod.Get, feedUrl);
        if (previous.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (previous.LastModified is { } modified)
        {
            request.Headers.IfModifiedSince = modified;
        }

        HttpResponseMessage response;
        try
        {
            response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return await FailAsync(previous, 0, e.Message, retryAfter: null, cancellationToken).ConfigureAwait(false);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return await SucceedAsync(previous, previous.ETag, previous.LastModified, status, [], cancellationToken).ConfigureAwait(false);
            }

            if (!response.IsSuccessStatusCode)
            {
                return await FailAsync(previous, status, $"HTTP {status} {response.ReasonPhrase}", RetryAfter(response), cancellationToken).ConfigureAwait(false);
            }

            List<SourceDocument> entries;
            try
            {
                var body = await ReadBoundedAsync(response, feedUrl, cancellationToken).ConfigureAwait(false);
                entries = [.. reader.Read(new MemoryStream(body), feedUrl, cancellationToken)];
            }
            catch (InputException e)
            {
                return await FailAsync(previous, status, e.Message, null, cancellationToken).ConfigureAwait(false);
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

                var document = options.FollowLinks && entry.Url is { } link && Uri.TryCreate(new Uri(feedUrl), link, out var page)
                    ? await FollowAsync(entry, page.AbsoluteUri, cancellationToken).ConfigureAwait(false)
                    : entry;
                await sink([document], cancellationToken).ConfigureAwait(false);
                await state.MarkSeenAsync(feedUrl, key, cancellationToken).ConfigureAwait(false);
                fresh.Add(document);
            }

            var lastModified = response.Content.Headers.LastModified;
            return await SucceedAsync(previous, response.Headers.ETag?.ToString(), lastModified, status, fresh, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The entry's page read as an article; the entry's own text when the page cannot be had.</summary>
    private async Task<SourceDocument> FollowAsync(SourceDocument entry, string link, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, link);
            using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return entry;
            }

            var body = await ReadBoundedAsync(response, link, cancellationToken).ConfigureAwait(false);
            var page = reader.Read(new MemoryStream(body), link, cancellationToken).FirstOrDefault();
            if (page is null || string.IsNullOrWhiteSpace(page.Text) || page.Text.Length < entry.Text.Length)
            {
                return entry;
            }

            return page with
            {
                Url = page.Url ?? link,
                Title = page.Title ?? entry.Title,
                Outlet = page.Outlet ?? entry.Outlet,
                Author = page.Author ?? entry.Author,
                Published = page.Published ?? entry.Published,
                PublishedFrom = page.Published is null ? entry.PublishedFrom : page.PublishedFrom,
            };
        }
        catch (Exception e) when (e is HttpRequestException or InputException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return entry;
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
    }

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

    private async Task<PollResult> SucceedAsync(FeedState previous, string? etag, DateTimeOffset? lastModified, int status, List<SourceDocument> fresh, CancellationToken cancellationToken)
    {
        var next = time.GetUtcNow() + options.Interval;
        await state.SaveFeedAsync(previous with { ETag = etag, LastModified = lastModified, NextPollAt = next, ConsecutiveFailures = 0, LastError = null }, cancellationToken).ConfigureAwait(false);
        return new PollResult(previous.Url, status, fresh, null, next);
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
