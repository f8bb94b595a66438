using System.Collections.Immutable;
using System.Globalization;
using Corroborate.Clustering;
using Corroborate.Model;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage;

/// <summary>The stored stories, their revision and their reports (see <see cref="IStoryStore"/>, <see cref="IReportStore"/>).</summary>
public sealed partial class SqliteArticleStore
{
    /// <summary>Raises the revision, then writes the changed stories and drops the merged ones, inside the caller's transaction.</summary>
    private async Task WriteStoriesAsync(SqliteTransaction transaction, StoryChanges changes, CancellationToken cancellationToken)
    {
        var revision = await NextRevisionAsync(transaction, cancellationToken).ConfigureAwait(false);
        await using var upsert = _connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText = """
            INSERT INTO stories (id, sequence, last_seen, story, revision) VALUES ($id, $sequence, $last_seen, $story, $revision)
            ON CONFLICT (id) DO UPDATE SET sequence = excluded.sequence, last_seen = excluded.last_seen, story = excluded.story, revision = excluded.revision
            """;
        foreach (var story in changes.Changed)
        {
            upsert.Parameters.Clear();
            AddStoryParameters(upsert, story, revision);
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await WriteMergesAsync(transaction, changes.Merged, revision, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteMergesAsync(SqliteTransaction transaction, IEnumerable<StoryMerge> merges, long revision, CancellationToken cancellationToken)
    {
        await using var merge = _connection.CreateCommand();
        merge.Transaction = transaction;
        merge.CommandText = """
            DELETE FROM stories WHERE id = $absorbed;
            DELETE FROM story_reports WHERE story_id = $absorbed;
            INSERT INTO story_aliases (absorbed, into_story, revision) VALUES ($absorbed, $into, $revision)
            ON CONFLICT (absorbed) DO UPDATE SET into_story = excluded.into_story, revision = excluded.revision;
            """;
        foreach (var (absorbed, into) in merges)
        {
            merge.Parameters.Clear();
            merge.Parameters.AddWithValue("$absorbed", absorbed);
            merge.Parameters.AddWithValue("$into", into);
            merge.Parameters.AddWithValue("$revision", revision);
            await merge.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void AddStoryParameters(SqliteCommand command, Story story, long revision)
    {
        command.Parameters.AddWithValue("$id", story.Id);
        command.Parameters.AddWithValue("$sequence", story.Sequence);
        command.Parameters.AddWithValue("$last_seen", (object?)story.LastSeen?.ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value);
        command.Parameters.AddWithValue("$story", PreparedInputJson.Story(story));
        command.Parameters.AddWithValue("$revision", revision);
    }

    private async Task<long> NextRevisionAsync(SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE store_state SET value = value + 1 WHERE key = 'story_revision' RETURNING value";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    public async Task<bool> HasStoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT value FROM store_state WHERE key = 'stories_filled'";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 1;
    }

    public async Task FillStoriesAsync(IReadOnlyList<Story> stories, IReadOnlyList<StoryMerge> merged, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(merged);
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var revision = await NextRevisionAsync(transaction, cancellationToken).ConfigureAwait(false);
        await using (var insert = _connection.CreateCommand())
        {
            insert.Transaction = transaction;
            // A story written by a placement since the rebuild is newer than the rebuild's, and one merged away stays away.
            insert.CommandText = """
                INSERT INTO stories (id, sequence, last_seen, story, revision)
                SELECT $id, $sequence, $last_seen, $story, $revision WHERE NOT EXISTS (SELECT 1 FROM story_aliases WHERE absorbed = $id)
                ON CONFLICT (id) DO NOTHING
                """;
            foreach (var story in stories)
            {
                insert.Parameters.Clear();
                AddStoryParameters(insert, story, revision);
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await using (var alias = _connection.CreateCommand())
        {
            alias.Transaction = transaction;
            alias.CommandText = "INSERT INTO story_aliases (absorbed, into_story, revision) VALUES ($absorbed, $into, $revision) ON CONFLICT (absorbed) DO NOTHING";
            foreach (var (absorbed, into) in merged)
            {
                alias.Parameters.Clear();
                alias.Parameters.AddWithValue("$absorbed", absorbed);
                alias.Parameters.AddWithValue("$into", into);
                alias.Parameters.AddWithValue("$revision", revision);
                await alias.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await using (var filled = _connection.CreateCommand())
        {
            filled.Transaction = transaction;
            filled.CommandText = "UPDATE store_state SET value = 1 WHERE key = 'stories_filled'";
            await filled.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Story?> GetStoryAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var command = _connection.CreateCommand();
        // A merged id finds its survivor, which may itself have merged since: follow the chain (short: young stories only merge).
        command.CommandText = """
            WITH RECURSIVE chain(id, depth) AS (
                SELECT $id, 0
                UNION ALL SELECT a.into_story, c.depth + 1 FROM story_aliases a JOIN chain c ON a.absorbed = c.id WHERE c.depth < 64)
            SELECT s.story FROM chain c JOIN stories s ON s.id = c.id ORDER BY c.depth DESC LIMIT 1
            """;
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string json ? PreparedInputJson.Story(json) : null;
    }

    public async Task<IReadOnlyList<Story>> ListStoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT story FROM stories ORDER BY sequence, id";
        return await ArticleRows.ListAsync(command, reader => PreparedInputJson.Story(reader.GetString(0)), cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> StoryRevisionAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT value FROM store_state WHERE key = 'story_revision'";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    public async Task<StoryUpdate> StoriesChangedSinceAsync(long revision, CancellationToken cancellationToken = default)
    {
        // One read transaction, so the revision returned is the one the rows are of.
        await using var transaction = _connection.BeginTransaction(deferred: true);
        await using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT value FROM store_state WHERE key = 'story_revision';
            SELECT story FROM stories WHERE revision > $revision ORDER BY sequence, id;
            SELECT absorbed FROM story_aliases WHERE revision > $revision;
            """;
        command.Parameters.AddWithValue("$revision", revision);
        var changed = ImmutableArray.CreateBuilder<Story>();
        var removed = ImmutableArray.CreateBuilder<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var now = reader.GetInt64(0);
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

        return new StoryUpdate(now, changed.ToImmutable(), removed.ToImmutable());
    }

    public async Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        await using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {ArticleColumns} FROM articles a WHERE a.id IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(ids));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var article = ReadArticle(reader);
            articles[article.Id] = article;
        }

        return articles;
    }

    public async Task<string?> GetReportAsync(string storyId, string articleSet, string analysis, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT report FROM story_reports WHERE story_id = $story AND article_set = $set AND analysis = $analysis";
        command.Parameters.AddWithValue("$story", storyId);
        command.Parameters.AddWithValue("$set", articleSet);
        command.Parameters.AddWithValue("$analysis", analysis);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public async Task PutReportAsync(string storyId, string articleSet, string analysis, string report, string? entities = null, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            INSERT INTO story_reports (story_id, article_set, analysis, report, built_at, entities) VALUES ($story, $set, $analysis, $report, $at, $entities)
            ON CONFLICT (story_id) DO UPDATE SET article_set = excluded.article_set, analysis = excluded.analysis, report = excluded.report,
                built_at = excluded.built_at, entities = excluded.entities
            """;
        command.Parameters.AddWithValue("$story", storyId);
        command.Parameters.AddWithValue("$set", articleSet);
        command.Parameters.AddWithValue("$analysis", analysis);
        command.Parameters.AddWithValue("$report", report);
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$entities", (object?)entities ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task PutEntitiesAsync(string storyId, string articleSet, string analysis, string entities, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "UPDATE story_reports SET entities = $entities WHERE story_id = $story AND article_set = $set AND analysis = $analysis";
        command.Parameters.AddWithValue("$story", storyId);
        command.Parameters.AddWithValue("$set", articleSet);
        command.Parameters.AddWithValue("$analysis", analysis);
        command.Parameters.AddWithValue("$entities", entities);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoredEntities>> ListEntitiesAsync(string analysis, CancellationToken cancellationToken = default)
    {
        var found = new List<StoredEntities>();
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT story_id, article_set, entities FROM story_reports WHERE analysis = $analysis AND entities IS NOT NULL";
        command.Parameters.AddWithValue("$analysis", analysis);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found.Add(new StoredEntities(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return found;
    }
}
