namespace Corroborate.Storage;

/// <summary>
/// The SQLite schema as numbered steps. A step, once released, is never edited: change the schema by
/// adding the next one. Each runs in its own transaction and records itself in <c>schema_version</c>.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<(int Version, string Sql)> Steps { get; } =
    [
        (1, """
            CREATE TABLE articles (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                content_hash TEXT NOT NULL UNIQUE,
                source TEXT NOT NULL,
                external_id TEXT,
                url TEXT,
                title TEXT,
                outlet TEXT,
                author TEXT,
                published TEXT,
                published_from TEXT,
                language TEXT NOT NULL,
                clean_text TEXT NOT NULL,
                body_length INTEGER NOT NULL,
                segments TEXT NOT NULL,
                sentences TEXT NOT NULL,
                removed TEXT NOT NULL,
                received_at TEXT,
                stored_at TEXT NOT NULL
            );
            CREATE INDEX articles_published ON articles(published);
            CREATE TABLE input_errors (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                source TEXT NOT NULL,
                message TEXT NOT NULL,
                at TEXT NOT NULL
            );
            """),
        (2, """
            CREATE TABLE watch_feeds (
                url TEXT PRIMARY KEY,
                etag TEXT,
                last_modified TEXT,
                next_poll_at TEXT NOT NULL,
                failures INTEGER NOT NULL,
                last_error TEXT
            );
            CREATE TABLE watch_seen (
                feed_url TEXT NOT NULL,
                entry_key TEXT NOT NULL,
                seen_at TEXT NOT NULL,
                PRIMARY KEY (feed_url, entry_key)
            );
            """),
        (3, """
            CREATE TABLE story_assignments (
                article_id TEXT PRIMARY KEY REFERENCES articles(id),
                story_id TEXT NOT NULL,
                duplicate_of TEXT,
                score REAL NOT NULL
            );
            CREATE INDEX story_assignments_story ON story_assignments(story_id);
            """),
        (4, """
            CREATE VIRTUAL TABLE articles_fts USING fts5(
                title, clean_text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
            );
            INSERT INTO articles_fts (rowid, title, clean_text) SELECT seq, coalesce(title, ''), clean_text FROM articles;
            CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
                INSERT INTO articles_fts (rowid, title, clean_text) VALUES (new.seq, coalesce(new.title, ''), new.clean_text);
            END;
            """),
        // Stories kept as they are after each placement (read without replaying the corpus), merged-away ids, reports
        // keyed by article set and analysis, and the story revision. A store written before this step has
        // assignments but no stories: 'stories_filled' stays 0 until the first open that rebuilds them fills them.
        (5, """
            CREATE TABLE stories (
                id TEXT PRIMARY KEY,
                sequence INTEGER NOT NULL,
                last_seen TEXT,
                story TEXT NOT NULL,
                revision INTEGER NOT NULL
            );
            CREATE INDEX stories_sequence ON stories(sequence);
            CREATE INDEX stories_revision ON stories(revision);
            CREATE TABLE story_aliases (
                absorbed TEXT PRIMARY KEY,
                into_story TEXT NOT NULL,
                revision INTEGER NOT NULL
            );
            CREATE INDEX story_aliases_revision ON story_aliases(revision);
            CREATE TABLE story_reports (
                story_id TEXT PRIMARY KEY,
                article_set TEXT NOT NULL,
                analysis TEXT NOT NULL,
                report TEXT NOT NULL,
                built_at TEXT NOT NULL
            );
            CREATE TABLE store_state (
                key TEXT PRIMARY KEY,
                value INTEGER NOT NULL
            );
            INSERT INTO store_state (key, value) VALUES ('story_revision', 0);
            INSERT INTO store_state (key, value) SELECT 'stories_filled', CASE WHEN EXISTS (SELECT 1 FROM story_assignments) THEN 0 ELSE 1 END;
            """),
        // A story's entity index beside its report: lookups across stories read these, not every report.
        (6, """
            ALTER TABLE story_reports ADD COLUMN entities TEXT;
            """),
    ];
}
