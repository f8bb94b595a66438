using Corroborate.Reporting;
using Corroborate.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Corroborate.Pipeline.Workers;

/// <summary>
/// Per-story work, in parallel on any worker: a story's report (extraction over its articles, as
/// <see cref="StoryAnalyzer.Analyze(Clustering.Story, IReadOnlyDictionary{string, Model.Article}, CancellationToken)"/>)
/// rebuilt whenever the assigner queues a job because the story gained articles. Jobs are taken with FOR
/// UPDATE SKIP LOCKED and marked done in the transaction that stores the report, so a worker dying mid-job
/// leaves the job to the next taker, and a report is never older than one stored before it.
/// </summary>
public sealed class StoryJobRunner(PostgresArticleStore store, StoryAnalyzer analyzer, string workerName)
{
    /// <summary>How long a job waits before it is taken while inputs are still arriving.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Jobs this runner completed (several waiting jobs of one story count as one run).</summary>
    public long Runs { get; private set; }

    /// <summary>Runs the oldest job no other worker holds, with any later jobs of the same story; returns how many jobs it completed.</summary>
    public async Task<int> RunNextAsync(CancellationToken cancellationToken)
    {
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        string? storyId;
        // A job waits Settle before it is taken, unless no input waits: a story growing by the second is then
        // rebuilt once for several of its new articles rather than once for each.
        await using (var first = new NpgsqlCommand("""
            SELECT story_id FROM story_jobs
            WHERE NOT done AND (queued_at <= now() - make_interval(secs => $1) OR NOT EXISTS (SELECT 1 FROM pending_inputs WHERE NOT done))
            ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED
            """, connection, transaction))
        {
            first.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Double, Value = Settle.TotalSeconds });
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
            all.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = storyId });
            await using var reader = await all.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                jobs.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2)));
            }
        }

        var story = PreparedInputJson.Story(jobs[0].Story);
        var articles = await store.GetManyAsync(story.ArticleIds, cancellationToken).ConfigureAwait(false);
        var report = Json(analyzer.Analyze(story, articles, cancellationToken));
        await using var batch = new NpgsqlBatch(connection, transaction);
        var save = new NpgsqlBatchCommand("""
            INSERT INTO story_reports (story_id, generation, report, built_by, article_set, analysis) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (story_id) DO UPDATE SET generation = excluded.generation, report = excluded.report, built_by = excluded.built_by,
                article_set = excluded.article_set, analysis = excluded.analysis, built_at = now()
            WHERE story_reports.generation < excluded.generation
            """);
        save.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = storyId });
        save.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = jobs[0].Generation });
        save.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = report });
        save.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = workerName });
        // Keyed as a reader asks for it: the story's article set and the analysis (none for a user's own, never served).
        save.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = StoryVersions.ArticleSet(story) });
        save.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)analyzer.StoredReportKey ?? DBNull.Value });
        batch.BatchCommands.Add(save);
        var done = new NpgsqlBatchCommand("UPDATE story_jobs SET done = true, done_by = $1, done_at = now() WHERE id = ANY($2)");
        done.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = workerName });
        done.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, Value = jobs.Select(j => j.Id).ToArray() });
        batch.BatchCommands.Add(done);
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        Runs++;
        return jobs.Count;
    }

    /// <summary>A story report as the JSON contract writes it.</summary>
    public static string Json(StoryReport report)
    {
        return ContractJson.ToText(json => StoryJsonWriter.Write(json, report));
    }
}
