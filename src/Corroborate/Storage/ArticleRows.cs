using System.Data.Common;
using System.Globalization;
using Corroborate.Ingest.Watching;
using Corroborate.Model;

namespace Corroborate.Storage;

/// <summary>
/// Reading stored articles back, shared by every store: both keep the same columns in the same order
/// (id … received_at), dates as ISO 8601 text and segments, sentences and removals as JSON.
/// </summary>
internal static class ArticleRows
{
    public static Article Read(DbDataReader reader) =>
        new()
        {
            Id = reader.GetString(0),
            ContentHash = reader.GetString(1),
            Source = reader.GetString(2),
            ExternalId = NullableString(reader, 3),
            Url = NullableString(reader, 4),
            Title = NullableString(reader, 5),
            Outlet = NullableString(reader, 6),
            Author = NullableString(reader, 7),
            // A store written before dates were checked may hold a placeholder date: read it as unknown.
            Published = SaneDates.Publication(ParseDate(NullableString(reader, 8))),
            PublishedFrom = NullableString(reader, 9),
            Language = reader.GetString(10),
            CleanText = reader.GetString(11),
            BodyLength = reader.GetInt32(12),
            Segments = ArticleJson.Segments(reader.GetString(13)),
            Sentences = ArticleJson.Spans(reader.GetString(14)),
            Removed = ArticleJson.Removed(reader.GetString(15)),
            ReceivedAt = ParseDate(NullableString(reader, 16)),
        };

    /// <summary>A summary row: id, source, title, outlet, published, language, body_length (both stores select these, in this order).</summary>
    public static ArticleSummary ReadSummary(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), NullableString(reader, 2), NullableString(reader, 3),
            ParseDate(NullableString(reader, 4)), reader.GetString(5), reader.GetInt32(6));

    /// <summary>Every row a command returns, each read by <paramref name="read"/>: the one reading loop of both stores.</summary>
    public static async Task<List<T>> ListAsync<T>(DbCommand command, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>A feed's polling state from a row of etag, last_modified, next_poll_at, failures, last_error (both stores).</summary>
    public static FeedState ReadFeed(DbDataReader reader, string url) =>
        new(url, NullableString(reader, 0), reader.IsDBNull(1) ? null : ParseRequired(reader.GetString(1)), ParseRequired(reader.GetString(2)),
            reader.GetInt32(3), NullableString(reader, 4));

    private static DateTimeOffset ParseRequired(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset? ParseDate(string? value) =>
        value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? date : null;
}
