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
        // score-contacts' position, guessed and mx (issue 16): plain ALTER TABLE … ADD COLUMN, as portable as it gets.
        Migration(3, "contact position, guessed, mx", """
            ALTER TABLE email_contacts ADD COLUMN position TEXT;
            ALTER TABLE email_contacts ADD COLUMN guessed INTEGER NOT NULL DEFAULT 0 CHECK (guessed IN (0, 1));
            ALTER TABLE email_contacts ADD COLUMN mx INTEGER CHECK (mx IN (0, 1));
            """),
    ]
}
