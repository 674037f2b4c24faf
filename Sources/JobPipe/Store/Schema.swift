/// The jobpipe database: every program that keeps state opens the same file
/// and applies the same numbered migrations.
public enum Schema {
    public static let migrations: [Migration] = [
        Migration(1, "contacts and pages", """
            CREATE TABLE email_contacts (
              id INTEGER PRIMARY KEY,
              application_id TEXT NOT NULL,
              email TEXT NOT NULL,
              name TEXT,
              kind TEXT,
              confidence REAL,
              source_url TEXT,
              method TEXT,
              sources TEXT NOT NULL DEFAULT '[]',
              created_at TEXT NOT NULL,
              updated_at TEXT NOT NULL,
              UNIQUE (application_id, email)
            );
            CREATE TABLE pages (
              id INTEGER PRIMARY KEY,
              application_id TEXT NOT NULL,
              url TEXT NOT NULL,
              final_url TEXT,
              status INTEGER,
              fetched_at TEXT,
              error TEXT,
              created_at TEXT NOT NULL,
              updated_at TEXT NOT NULL,
              UNIQUE (application_id, url)
            );
            """),
        Migration(2, "job ledger", """
            CREATE TABLE jobs (
              id INTEGER PRIMARY KEY,
              key TEXT NOT NULL,
              kind TEXT NOT NULL,
              status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'running', 'success', 'failure', 'cancelled')),
              attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
              max_attempts INTEGER NOT NULL DEFAULT 3 CHECK (max_attempts >= 1),
              last_error TEXT,
              payload TEXT,
              result TEXT,
              created_at TEXT NOT NULL,
              updated_at TEXT NOT NULL,
              started_at TEXT,
              finished_at TEXT,
              lease_until TEXT,
              next_run_at TEXT NOT NULL,
              worker TEXT
            );
            CREATE UNIQUE INDEX jobs_key_in_flight ON jobs (key) WHERE status IN ('pending', 'running');
            CREATE INDEX jobs_due ON jobs (kind, status, next_run_at);
            CREATE INDEX jobs_key ON jobs (key);
            CREATE TABLE runs (
              id INTEGER PRIMARY KEY,
              job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
              attempt INTEGER NOT NULL,
              started_at TEXT NOT NULL,
              finished_at TEXT,
              status TEXT NOT NULL DEFAULT 'running'
                CHECK (status IN ('running', 'success', 'failure', 'lease_expired', 'cancelled')),
              error TEXT,
              worker TEXT,
              UNIQUE (job_id, attempt)
            );
            CREATE TRIGGER jobs_claimed AFTER UPDATE OF attempts ON jobs
            WHEN new.attempts = old.attempts + 1 AND new.status = 'running'
            BEGIN
              UPDATE runs SET status = 'lease_expired', finished_at = new.started_at
                WHERE job_id = new.id AND status = 'running';
              INSERT INTO runs (job_id, attempt, started_at, worker)
                VALUES (new.id, new.attempts, new.started_at, new.worker);
            END;
            """),
        // score-contacts' position, guessed and mx: the same on both engines.
        Migration(3, "contact position, guessed, mx", Schema.contactColumns),
        // find-postings' tracking (Boards/PostingsSQL.swift holds the statements)
        Migration(4, "postings", PostingsSQL.createTable),
        // SQLite cannot ALTER a column's default; for a default (which leaves
        // the stored rows as they are) its documented way is to edit the
        // table's CREATE TABLE text in sqlite_schema under writable_schema,
        // in this transaction, and change the schema cookie (here with a
        // CREATE and DROP) so every connection reads the schema again.
        Migration(5, "job defaults for plain INSERT", """
            PRAGMA writable_schema = ON;
            UPDATE sqlite_schema SET sql = replace(replace(replace(sql,
                'created_at TEXT NOT NULL,', 'created_at TEXT NOT NULL DEFAULT \(Schema.sqliteNow),'),
                'updated_at TEXT NOT NULL,', 'updated_at TEXT NOT NULL DEFAULT \(Schema.sqliteNow),'),
                'next_run_at TEXT NOT NULL,', 'next_run_at TEXT NOT NULL DEFAULT \(Schema.sqliteNow),')
              WHERE type = 'table' AND name = 'jobs';
            PRAGMA writable_schema = OFF;
            CREATE TABLE jobpipe_schema_changed (x);
            DROP TABLE jobpipe_schema_changed;
            """),
    ]

    /// Migration 3 on both engines: what score-contacts adds to a contact
    /// (plain ALTER TABLE … ADD COLUMN; guessed and mx are 0/1 on both).
    static let contactColumns = """
        ALTER TABLE email_contacts ADD COLUMN position TEXT;
        ALTER TABLE email_contacts ADD COLUMN guessed INTEGER NOT NULL DEFAULT 0 CHECK (guessed IN (0, 1));
        ALTER TABLE email_contacts ADD COLUMN mx INTEGER CHECK (mx IN (0, 1));
        """

    /// Now as RFC 3339 UTC text, as a column default inside a quoted SQL string.
    static let sqliteNow = "(strftime(''%Y-%m-%dT%H:%M:%SZ'', ''now''))"
}
