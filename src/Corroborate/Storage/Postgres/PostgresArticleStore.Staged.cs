using System.Globalization;
using Corroborate.Model;
using Npgsql;
using NpgsqlTypes;

namespace Corroborate.Storage;

/// <summary>
/// Article rows staged by the worker that read an input (<c>prepared_articles</c>, keyed by input and position), so that
/// the story assigner, the one sequential stage every worker waits on, sends only its placements: its commit copies
/// the staged rows into <c>articles</c> on the server, in arrival order. Rows of done inputs are deleted afterwards, by
/// any worker (<see cref="PruneStagedAsync"/>), outside the assigner's transaction.
/// </summary>
public sealed partial class PostgresArticleStore
{
    /// <summary>The article columns a staged row holds, in the order <see cref="UnnestArticles"/> gives them (after the ordinal).</summary>
    internal const string StagedColumns = """
        id, content_hash, source, external_id, url, title, outlet, author, published, published_from,
        language, clean_text, body_length, segments, sentences, removed, received_at
        """;

    /// <summary>Staged rows deleted per transaction by <see cref="PruneStagedAsync"/>.</summary>
    public const int PruneBatch = 2000;

    /// <summary>
    /// A command staging articles of one input (its <paramref name="input"/> seq), each at its position in the input, one
    /// row each, as the articles table holds them; null when there are none.
    /// </summary>
    internal static NpgsqlBatchCommand? StageCommand(long input, IReadOnlyList<(int Ordinal, Article Article)> articles)
    {
        if (articles.Count == 0)
        {
            return null;
        }

        var command = new NpgsqlBatchCommand($"INSERT INTO prepared_articles (input_seq, ordinal, {StagedColumns}) SELECT $1, u.* FROM {UnnestArticles(2)}");
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = input });
        AddArticleArrays(command.Parameters, articles);
        return command;
    }

    /// <summary>
    /// <c>unnest</c> of the arrays <see cref="AddArticleArrays"/> adds, from parameter <c>$first</c>, as <c>u(ordinal, …columns)</c>.
    /// </summary>
    internal static string UnnestArticles(int first)
    {
        string[] types = ["int", "text", "text", "text", "text", "text", "text", "text", "text", "text", "text", "text", "text", "int", "text", "text", "text", "text"];
        var arrays = string.Join(", ", types.Select((type, i) => string.Create(CultureInfo.InvariantCulture, $"${first + i}::{type}[]")));
        return $"unnest({arrays}) AS u(ordinal, {StagedColumns})";
    }

    /// <summary>The articles as column arrays (position, then each column), formatted exactly as one process's <c>AddAsync</c> stores them.</summary>
    internal static void AddArticleArrays(NpgsqlParameterCollection parameters, IReadOnlyList<(int Ordinal, Article Article)> articles)
    {
        var n = articles.Count;
        var columns = new string?[16][];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c] = new string?[n];
        }

        var ordinals = new int[n];
        var lengths = new int[n];
        for (var i = 0; i < n; i++)
        {
            var (ordinal, a) = articles[i];
            ordinals[i] = ordinal;
            columns[0][i] = a.Id;
            columns[1][i] = a.ContentHash;
            columns[2][i] = a.Source;
            columns[3][i] = a.ExternalId;
            columns[4][i] = a.Url;
            columns[5][i] = a.Title;
            columns[6][i] = a.Outlet;
            columns[7][i] = a.Author;
            columns[8][i] = a.Published?.ToString("O", CultureInfo.InvariantCulture);
            columns[9][i] = a.PublishedFrom;
            columns[10][i] = a.Language;
            columns[11][i] = a.CleanText;
            lengths[i] = a.BodyLength;
            columns[12][i] = ArticleJson.Segments(a.Segments);
            columns[13][i] = ArticleJson.Spans(a.Sentences);
            columns[14][i] = ArticleJson.Removed(a.Removed);
            columns[15][i] = a.ReceivedAt?.ToString("O", CultureInfo.InvariantCulture);
        }

        parameters.Add(IntArray(ordinals));
        for (var c = 0; c < 12; c++)
        {
            parameters.Add(TextArray(columns[c]));
        }

        parameters.Add(IntArray(lengths));
        for (var c = 12; c < 16; c++)
        {
            parameters.Add(TextArray(columns[c]));
        }
    }

    /// <summary>Deletes the staged rows of up to <paramref name="limit"/> articles whose inputs are done; returns how many.</summary>
    public async Task<int> PruneStagedAsync(int limit = PruneBatch, CancellationToken cancellationToken = default)
    {
        // Every input older than the oldest waiting one is done (an input being read or placed is waiting), so its rows go.
        await using var command = _dataSource.CreateCommand("""
            DELETE FROM prepared_articles WHERE (input_seq, ordinal) IN (
                SELECT input_seq, ordinal FROM prepared_articles
                WHERE input_seq < COALESCE((SELECT min(seq) FROM pending_inputs WHERE NOT done), 9223372036854775807)
                ORDER BY input_seq, ordinal LIMIT $1 FOR UPDATE SKIP LOCKED)
            """);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = limit });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Staged article rows not yet deleted (of waiting inputs, and of done ones no worker has pruned yet).</summary>
    public async Task<long> StagedCountAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT count(*) FROM prepared_articles");
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    internal static NpgsqlParameter TextArray(string?[] values) => new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = values };

    internal static NpgsqlParameter IntArray(int[] values) => new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer, Value = values };
}
