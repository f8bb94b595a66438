using System.Collections.Immutable;
using System.Data;
using System.Globalization;
using Corroborate.Clustering;
using Corroborate.Model;
using Npgsql;
using NpgsqlTypes;

namespace Corroborate.Storage;

/// <summary>The stored stories, their revision and their reports (see <see cref="IStoryStore"/>, <see cref="IReportStore"/>).</summary>
public sealed partial class PostgresArticleStore
{
    /// <summary>
    /// Raises the revision, then writes the changed stories and drops the merged ones, inside the caller's transaction.
    /// The revision row's lock orders writers: a later revision never commits before an earlier one.
    /// </summary>
    internal static async Task WriteStoriesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, StoryChanges changes, CancellationToken cancellationToken)
    {
        if (changes.IsEmpty)
        {
            return;
        }

        var revision = await NextRevisionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var story in changes.Changed)
        {
            var upsert = new NpgsqlBatchCommand("""
                INSERT INTO stories (id, sequence, last_seen, story, revision) VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT (id) DO UPDATE SET sequence = excluded.sequence, last_seen = excluded.last_seen, story = excluded.story, revision = excluded.revision
                """);
            AddStoryParameters(upsert.Parameters, story, revision);
            batch.BatchCommands.Add(upsert);
        }

        foreach (var (absorbed, into) in changes.Merged)
        {
            var drop = new NpgsqlBatchCommand("DELETE FROM stories WHERE id = $1");
            drop.Parameters.Add(Text(absorbed));
            batch.BatchCommands.Add(drop);
            var alias = new NpgsqlBatchCommand("""
                INSERT INTO story_aliases (absorbed, into_story, revision) VALUES ($1, $2, $3)
                ON CONFLICT (absorbed) DO UPDATE SET into_story = excluded.into_story, revision = excluded.revision
                """);
            alias.Parameters.Add(Text(absorbed));
            alias.Parameters.Add(Text(into));
            alias.Parameters.Add(Bigint(revision));
            batch.BatchCommands.Add(alias);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// As <see cref="WriteStoriesAsync"/>, as commands appended to the caller's batch (no round trip of its own): the
    /// revision raised, the changed stories upserted in one statement at that revision, then the merged ones dropped and
    /// their aliases written, in the order the merges happened.
    /// </summary>
    internal static void AddStoryCommands(NpgsqlBatch batch, StoryChanges changes)
    {
        if (changes.IsEmpty)
        {
            return;
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand("UPDATE store_state SET value = value + 1 WHERE key = 'story_revision'"));
        if (!changes.Changed.IsEmpty)
        {
            var upsert = new NpgsqlBatchCommand("""
                INSERT INTO stories (id, sequence, last_seen, story, revision)
                SELECT u.id, u.sequence, u.last_seen, u.story, r.value
                FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[]) WITH ORDINALITY AS u(id, sequence, last_seen, story, n),
                    store_state r
                WHERE r.key = 'story_revision' ORDER BY u.n
                ON CONFLICT (id) DO UPDATE SET sequence = excluded.sequence, last_seen = excluded.last_seen, story = excluded.story, revision = excluded.revision
                """);
            upsert.Parameters.Add(TextArray([.. changes.Changed.Select(story => story.Id)]));
            upsert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, Value = changes.Changed.Select(story => story.Sequence).ToArray() });
            upsert.Parameters.Add(TextArray([.. changes.Changed.Select(story => story.LastSeen?.ToString("O", CultureInfo.InvariantCulture))]));
            upsert.Parameters.Add(TextArray([.. changes.Changed.Select(PreparedInputJson.Story)]));
            batch.BatchCommands.Add(upsert);
        }

        foreach (var (absorbed, into) in changes.Merged)
        {
            // Rare (a merge of young stories), and order matters between them: one pair of statements each, as before.
            var drop = new NpgsqlBatchCommand("DELETE FROM stories WHERE id = $1");
            drop.Parameters.Add(Text(absorbed));
            batch.BatchCommands.Add(drop);
            var alias = new NpgsqlBatchCommand("""
                INSERT INTO story_aliases (absorbed, into_story, revision) SELECT $1, $2, value FROM store_state WHERE key = 'story_revision'
                ON CONFLICT (absorbed) DO UPDATE SET into_story = excluded.into_story, revision = excluded.revision
                """);
            alias.Parameters.Add(Text(absorbed));
            alias.Parameters.Add(Text(into));
            batch.BatchCommands.Add(alias);
        }
    }

    private static void AddStoryParameters(NpgsqlParameterCollection parameters, Story story, long revision)
    {
        parameters.Add(Text(story.Id));
        parameters.Add(Bigint(story.Sequence));
        parameters.Add(Text(story.LastSeen?.ToString("O", CultureInfo.InvariantCulture)));
        parameters.Add(Text(PreparedInputJson.Story(story)));
        parameters.Add(Bigint(revision));
    }

    private static NpgsqlParameter Bigint(long value) => new() { NpgsqlDbType = NpgsqlDbType.Bigint, Value = value };

    private static async Task<long> NextRevisionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("UPDATE store_state SET value = value + 1 WHERE key = 'story_revision' RETURNING value", connection, transaction);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<bool> HasStoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT value FROM store_state WHERE key = 'stories_filled'");
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! == 1;
    }

    public async Task FillStoriesAsync(IReadOnlyList<Story> stories, IReadOnlyList<StoryMerge> merged, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(merged);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var revision = await NextRevisionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var story in stories)
        {
            // A story the assigner wrote since the rebuild is newer than the rebuild's, and one merged away stays away.
            var insert = new NpgsqlBatchCommand("""
                INSERT INTO stories (id, sequence, last_seen, story, revision)
                SELECT $1, $2, $3, $4, $5 WHERE NOT EXISTS (SELECT 1 FROM story_aliases WHERE absorbed = $1)
                ON CONFLICT (id) DO NOTHING
                """);
            AddStoryParameters(insert.Parameters, story, revision);
            batch.BatchCommands.Add(insert);
        }

        foreach (var (absorbed, into) in merged)
        {
            var alias = new NpgsqlBatchCommand("INSERT INTO story_aliases (absorbed, into_story, revision) VALUES ($1, $2, $3) ON CONFLICT (absorbed) DO NOTHING");
            alias.Parameters.Add(Text(absorbed));
            alias.Parameters.Add(Text(into));
            alias.Parameters.Add(Bigint(revision));
            batch.BatchCommands.Add(alias);
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand("UPDATE store_state SET value = 1 WHERE key = 'stories_filled'"));
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Story?> GetStoryAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var command = _dataSource.CreateCommand("""
            WITH RECURSIVE chain(id, depth) AS (
                SELECT $1::text, 0
                UNION ALL SELECT a.into_story, c.depth + 1 FROM story_aliases a JOIN chain c ON a.absorbed = c.id WHERE c.depth < 64)
            SELECT s.story FROM chain c JOIN stories s ON s.id = c.id ORDER BY c.depth DESC LIMIT 1
            """);
        command.Parameters.Add(Text(id));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string json ? PreparedInputJson.Story(json) : null;
    }

    public async Task<IReadOnlyList<Story>> ListStoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT story FROM stories ORDER BY sequence, id");
        return await ArticleRows.ListAsync(command, reader => PreparedInputJson.Story(reader.GetString(0)), cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> StoryRevisionAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT value FROM store_state WHERE key = 'story_revision'");
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<StoryUpdate> StoriesChangedSinceAsync(long revision, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // One snapshot, so the revision returned is the one the rows are of.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT value FROM store_state WHERE key = 'story_revision'"));
        var changedSince = new NpgsqlBatchCommand("SELECT story FROM stories WHERE revision > $1 ORDER BY sequence, id");
        changedSince.Parameters.Add(Bigint(revision));
        batch.BatchCommands.Add(changedSince);
        var removedSince = new NpgsqlBatchCommand("SELECT absorbed FROM story_aliases WHERE revision > $1");
        removedSince.Parameters.Add(Bigint(revision));
        batch.BatchCommands.Add(removedSince);
        var changed = ImmutableArray.CreateBuilder<Story>();
        var removed = ImmutableArray.CreateBuilder<string>();
        long now;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            now = reader.GetInt64(0);
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                changed.Add(PreparedInputJson.Story(reader.GetString(0)));
            }

            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                removed.Add(reader.GetString(0));
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StoryUpdate(now, changed.ToImmutable(), removed.ToImmutable());
    }

    public async Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        await GetManyAsync(ids, cancellationToken).ConfigureAwait(false);

    public async Task<string?> GetReportAsync(string storyId, string articleSet, string analysis, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT report FROM story_reports WHERE story_id = $1 AND article_set = $2 AND analysis = $3");
        command.Parameters.Add(Text(storyId));
        command.Parameters.Add(Text(articleSet));
        command.Parameters.Add(Text(analysis));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public async Task PutReportAsync(string storyId, string articleSet, string analysis, string report, string? entities = null, CancellationToken cancellationToken = default)
    {
        // The generation is the workers' (the input that last queued the story's job): a report built elsewhere keeps it.
        await using var command = _dataSource.CreateCommand("""
            INSERT INTO story_reports (story_id, generation, report, built_by, article_set, analysis, entities) VALUES ($1, 0, $4, $5, $2, $3, $6)
            ON CONFLICT (story_id) DO UPDATE SET report = excluded.report, built_by = excluded.built_by, article_set = excluded.article_set,
                analysis = excluded.analysis, entities = excluded.entities, built_at = now()
            """);
        command.Parameters.Add(Text(storyId));
        command.Parameters.Add(Text(articleSet));
        command.Parameters.Add(Text(analysis));
        command.Parameters.Add(Text(report));
        command.Parameters.Add(Text(Environment.MachineName + ":" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture)));
        command.Parameters.Add(Text(entities));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task PutEntitiesAsync(string storyId, string articleSet, string analysis, string entities, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("UPDATE story_reports SET entities = $4 WHERE story_id = $1 AND article_set = $2 AND analysis = $3");
        command.Parameters.Add(Text(storyId));
        command.Parameters.Add(Text(articleSet));
        command.Parameters.Add(Text(analysis));
        command.Parameters.Add(Text(entities));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoredEntities>> ListEntitiesAsync(string analysis, CancellationToken cancellationToken = default)
    {
        var found = new List<StoredEntities>();
        await using var command = _dataSource.CreateCommand("SELECT story_id, article_set, entities FROM story_reports WHERE analysis = $1 AND article_set IS NOT NULL AND entities IS NOT NULL");
        command.Parameters.Add(Text(analysis));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found.Add(new StoredEntities(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return found;
    }
}
