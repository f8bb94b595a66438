using Corroborate.Clustering;
using Npgsql;
using NpgsqlTypes;

namespace Corroborate.Storage;

/// <summary>The report jobs of a shared PostgreSQL store (<c>story_jobs</c>, reports in <c>story_reports</c>); see <see cref="IStoryJobQueue"/>.</summary>
internal sealed class PostgresStoryJobQueue(PostgresArticleStore store) : IStoryJobQueue
{
    public async Task<int> RunNextAsync(TimeSpan settle, string workerName, Func<Story, CancellationToken, Task<(string Report, string? Analysis)>> build,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(build);
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        string? storyId;
        // A job waits the settle time before it is taken, unless no input waits: a story growing by the second is then
        // rebuilt once for several of its new articles rather than once for each.
        await using (var first = new NpgsqlCommand("""
            SELECT story_id FROM story_jobs
            WHERE NOT done AND (queued_at <= now() - make_interval(secs => $1) OR NOT EXISTS (SELECT 1 FROM pending_inputs WHERE NOT done))
            ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED
            """, connection, transaction))
        {
            first.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Double, Value = settle.TotalSeconds });
            storyId = (string?)await first.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }

        if (storyId is null)
        {
            return 0;
        }

        // Every waiting job of the story is answered by its newest snapshot.
        var jobs = new List<(long Id, long Generation, string Story)>();
        await using (var all = new NpgsqlCommand(
            "SELECT id, generation, story FROM story_jobs WHERE story_id = $1 AND NOT done ORDER BY generation DESC, id DESC FOR UPDATE SKIP LOCKED", connection, transaction))
        {
            all.Parameters.Add(Text(storyId));
            await using var reader = await all.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                jobs.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2)));
            }
        }

        var story = PreparedInputJson.Story(jobs[0].Story);
        var (report, analysis) = await build(story, cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction);
        // Keyed as a reader asks for it: the story's article set and the analysis (none for a user's own, never served).
        var save = new NpgsqlBatchCommand("""
            INSERT INTO story_reports (story_id, generation, report, built_by, article_set, analysis) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (story_id) DO UPDATE SET generation = excluded.generation, report = excluded.report, built_by = excluded.built_by,
                article_set = excluded.article_set, analysis = excluded.analysis, entities = NULL, built_at = now()
            WHERE story_reports.generation < excluded.generation
            """);
        save.Parameters.Add(Text(storyId));
        save.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = jobs[0].Generation });
        save.Parameters.Add(Text(report));
        save.Parameters.Add(Text(workerName));
        save.Parameters.Add(Text(StoryVersions.ArticleSet(story)));
        save.Parameters.Add(Text(analysis));
        batch.BatchCommands.Add(save);
        var done = new NpgsqlBatchCommand("UPDATE story_jobs SET done = true, done_by = $1, done_at = now() WHERE id = ANY($2)");
        done.Parameters.Add(Text(workerName));
        done.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, Value = jobs.Select(j => j.Id).ToArray() });
        batch.BatchCommands.Add(done);
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return jobs.Count;
    }

    private static NpgsqlParameter Text(string? value) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };
}
