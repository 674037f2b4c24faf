/// Every statement of find-postings' tracking, in one place and in SQL that
/// SQLite and PostgreSQL both take (INTEGER/TEXT, `ON CONFLICT … DO UPDATE`,
/// `?N` parameters), so a port to another engine touches this file only.
/// Times are RFC 3339 UTC text, as everywhere in the database.
enum PostingsSQL {
    /// Migration 4: one row per posting ever seen on a board.
    static let createTable = """
        CREATE TABLE postings (
          ats TEXT NOT NULL,
          board TEXT NOT NULL,
          id TEXT NOT NULL,
          url TEXT,
          job TEXT,
          content_hash TEXT NOT NULL,
          updated_at TEXT,
          first_seen TEXT NOT NULL,
          last_seen TEXT NOT NULL,
          closed_at TEXT,
          PRIMARY KEY (ats, board, id)
        );
        CREATE INDEX postings_open ON postings (ats, board, closed_at);
        """

    /// The stored hash and closing time of one posting: ?1 ats, ?2 board, ?3 id.
    static let lookup = "SELECT content_hash, closed_at FROM postings WHERE ats = ?1 AND board = ?2 AND id = ?3"

    /// A posting seen now: inserted, or its content, hash and last sighting
    /// updated (and reopened). ?1 ats, ?2 board, ?3 id, ?4 url, ?5 job, ?6 hash, ?7 updated_at, ?8 now.
    static let upsert = """
        INSERT INTO postings (ats, board, id, url, job, content_hash, updated_at, first_seen, last_seen, closed_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, NULL)
        ON CONFLICT (ats, board, id) DO UPDATE SET
          url = excluded.url, job = excluded.job, content_hash = excluded.content_hash,
          updated_at = excluded.updated_at, last_seen = excluded.last_seen, closed_at = NULL
        """

    /// The board's open postings (?1 ats, ?2 board), oldest first: those not in a reading have closed.
    static let open = """
        SELECT id, url, job, updated_at FROM postings
        WHERE ats = ?1 AND board = ?2 AND closed_at IS NULL
        ORDER BY first_seen, id
        """

    /// Marks one posting closed: ?1 ats, ?2 board, ?3 id, ?4 now.
    static let close = "UPDATE postings SET closed_at = ?4 WHERE ats = ?1 AND board = ?2 AND id = ?3"
}
