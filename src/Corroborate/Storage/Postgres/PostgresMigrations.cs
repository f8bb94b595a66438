namespace Corroborate.Storage;

/// <summary>
/// The PostgreSQL schema as numbered steps, applied in order under an advisory lock (two workers starting
/// together do not race). A released step is never edited: change the schema by adding the next one.
/// Tables live in the connection's current schema, so one database can hold several stores (tests do).
/// </summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<(int Version, string Sql)> Steps { get; } =
    [
        (1, """
            CREATE TABLE articles (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id text NOT NULL UNIQUE,
                content_hash text NOT NULL UNIQUE,
                source text NOT NULL,
                external_id text,
                url text,
                title text,
                outlet text,
                author text,
                published text,
                published_from text,
                language text NOT NULL,
                clean_text text NOT NULL,
                body_length integer NOT NULL,
                segments text NOT NULL,
                sentences text NOT NULL,
                removed text NOT NULL,
                received_at text,
                stored_at text NOT NULL
            );
            CREATE INDEX articles_published ON articles (published);
            CREATE INDEX articles_external_id ON articles (external_id);
            CREATE TABLE input_errors (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                source text NOT NULL,
                message text NOT NULL,
                at text NOT NULL
            );
            CREATE TABLE story_assignments (
                article_id text PRIMARY KEY REFERENCES articles (id),
                story_id text NOT NULL,
                duplicate_of text,
                score double precision NOT NULL
            );
            CREATE INDEX story_assignments_story ON story_assignments (story_id);
            """),
        // Search: words as written ('simple', no stemming, like SQLite's unicode61), accents folded by the
        // unaccent dictionary when the server has it (Debian's postgresql does). The configuration is ours,
        // so the generated column's expression is immutable.
        (2, """
            DO $$
            DECLARE extension_schema text;
            BEGIN
                BEGIN
                    CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
                EXCEPTION WHEN OTHERS THEN
                    RAISE NOTICE 'unaccent unavailable (%): search will not fold accents', SQLERRM;
                END;
                SELECT n.nspname INTO extension_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent';
                CREATE TEXT SEARCH CONFIGURATION corroborate_search (COPY = pg_catalog.simple);
                IF extension_schema IS NOT NULL THEN
                    EXECUTE format('ALTER TEXT SEARCH CONFIGURATION corroborate_search ALTER MAPPING FOR hword, hword_part, word WITH %I.unaccent, simple', extension_schema);
                END IF;
            END $$;
            ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('corroborate_search', coalesce(title, '')), 'A') || to_tsvector('corroborate_search', clean_text)) STORED;
            CREATE INDEX articles_search ON articles USING gin (search);
            """),
        // Several workers: raw inputs queued in arrival order, read and cleaned by any worker, placed in
        // stories by the one holding the assigner lock; per-story report jobs taken with SKIP LOCKED.
        (3, """
            CREATE TABLE pending_inputs (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                source text NOT NULL,
                content_hash text NOT NULL,
                content bytea NOT NULL,
                queued_at timestamptz NOT NULL DEFAULT now(),
                prepared text,
                error_source text,
                error text,
                prepared_by text,
                done boolean NOT NULL DEFAULT false,
                done_at timestamptz,
                UNIQUE (source, content_hash)
            );
            CREATE INDEX pending_inputs_unprepared ON pending_inputs (seq) WHERE prepared IS NULL AND NOT done;
            CREATE INDEX pending_inputs_waiting ON pending_inputs (seq) WHERE NOT done;
            CREATE TABLE story_jobs (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                story_id text NOT NULL,
                generation bigint NOT NULL,
                story text NOT NULL,
                queued_at timestamptz NOT NULL DEFAULT now(),
                done boolean NOT NULL DEFAULT false,
                done_by text,
                done_at timestamptz
            );
            CREATE INDEX story_jobs_waiting ON story_jobs (id) WHERE NOT done;
            CREATE INDEX story_jobs_story ON story_jobs (story_id, generation);
            CREATE TABLE watch_feeds (
                url text PRIMARY KEY,
                etag text,
                last_modified text,
                next_poll_at text NOT NULL,
                failures integer NOT NULL,
                last_error text
            );
            CREATE TABLE watch_seen (
                feed_url text NOT NULL,
                entry_key text NOT NULL,
                seen_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (feed_url, entry_key)
            );
            CREATE TABLE story_reports (
                story_id text PRIMARY KEY,
                generation bigint NOT NULL,
                report text NOT NULL,
                built_by text NOT NULL,
                built_at timestamptz NOT NULL DEFAULT now()
            );
            """),
        // Stories kept as they are after each placement (written by the assigner in its transaction), merged-away
        // ids, the story revision a server polls, and reports keyed by article set and analysis. A store written
        // before this step has assignments but no stories: 'stories_filled' stays 0 until the first open that
        // rebuilds them fills them.
        (4, """
            CREATE TABLE stories (
                id text PRIMARY KEY,
                sequence bigint NOT NULL,
                last_seen text,
                story text NOT NULL,
                revision bigint NOT NULL
            );
            CREATE INDEX stories_sequence ON stories (sequence);
            CREATE INDEX stories_revision ON stories (revision);
            CREATE TABLE story_aliases (
                absorbed text PRIMARY KEY,
                into_story text NOT NULL,
                revision bigint NOT NULL
            );
            CREATE INDEX story_aliases_revision ON story_aliases (revision);
            ALTER TABLE story_reports ADD COLUMN article_set text, ADD COLUMN analysis text;
            CREATE TABLE store_state (
                key text PRIMARY KEY,
                value bigint NOT NULL
            );
            INSERT INTO store_state (key, value) VALUES ('story_revision', 0);
            INSERT INTO store_state (key, value) SELECT 'stories_filled', CASE WHEN EXISTS (SELECT 1 FROM story_assignments) THEN 0 ELSE 1 END;
            """),
        // A story's entity index beside its report: lookups across stories read these, not every report.
        (5, """
            ALTER TABLE story_reports ADD COLUMN entities text;
            """),
        // The search vector is no longer computed in the transaction that stores an article (the story assigner's,
        // which every worker waits on): it was two thirds of that transaction's server time. It is a plain column,
        // filled after the commit by whoever stored the article or by any worker (PostgresArticleStore.IndexSearchAsync),
        // and search fills what is missing before it answers. Vectors already stored are kept.
        (6, """
            ALTER TABLE articles ALTER COLUMN search DROP EXPRESSION;
            CREATE INDEX articles_unsearchable ON articles (seq) WHERE search IS NULL;
            """),
        // What the story assigner reads of each article's text (duplicate fingerprint, time, counted features), computed
        // by the worker that read the input and stored beside its articles (PlacementBinary), so that the assigner, which
        // every worker waits on, only weighs, scores, places and commits. Inputs read before this step have none: the
        // assigner computes theirs, as before.
        (7, """
            ALTER TABLE pending_inputs ADD COLUMN placement bytea;
            """),
        // The article rows themselves, written by the worker that read the input (as the articles table holds them), so the
        // story assigner's transaction copies them on the server and sends only placements; 'staged' says an input's rows
        // are there (an input read before this step has none: the assigner sends its articles as before). Rows of done
        // inputs are deleted afterwards by any worker (PostgresArticleStore.PruneStagedAsync), outside the assigner's transaction.
        (8, """
            CREATE TABLE prepared_articles (
                input_seq bigint NOT NULL,
                ordinal integer NOT NULL,
                id text NOT NULL,
                content_hash text NOT NULL,
                source text NOT NULL,
                external_id text,
                url text,
                title text,
                outlet text,
                author text,
                published text,
                published_from text,
                language text NOT NULL,
                clean_text text NOT NULL,
                body_length integer NOT NULL,
                segments text NOT NULL,
                sentences text NOT NULL,
                removed text NOT NULL,
                received_at text,
                PRIMARY KEY (input_seq, ordinal)
            );
            ALTER TABLE pending_inputs ADD COLUMN staged boolean NOT NULL DEFAULT false;
            """),
    ];
}
