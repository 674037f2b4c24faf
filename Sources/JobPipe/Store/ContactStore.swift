/// What storing one record did to `email_contacts`.
public struct StoreCounts: Equatable, Sendable {
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0
    public init() {}

    public var json: JSON {
        .object([("inserted", .int(inserted)), ("updated", .int(updated)), ("unchanged", .int(unchanged))])
    }
}

/// `email_contacts` and `pages`: store-contacts' side of the database.
///
/// A re-run is idempotent: a contact is unique on (application_id, email);
/// storing it again keeps the higher confidence (with that sighting's kind,
/// method and source_url), merges `sources`, and fills a missing name.
public final class ContactStore {
    public let db: Database

    public init(db: Database) { self.db = db }

    /// Stores one record's contacts and pages inside the current batch
    /// transaction (begun when needed), all or nothing.
    public func store(_ record: Record, now: Int64) throws -> StoreCounts {
        let contacts = try ContactStore.contacts(in: record)
        let pages = try ContactStore.pages(in: record)
        guard !contacts.isEmpty || !pages.isEmpty else { return StoreCounts() }
        guard let application = ContactStore.applicationID(of: record) else {
            throw Unattributed()
        }
        if !db.inTransaction { try db.beginImmediate() }
        let stamp = Timestamp.format(now)
        return try db.savepoint {
            var counts = StoreCounts()
            for c in contacts {
                switch try upsert(c, application: application, stamp: stamp) {
                case .inserted: counts.inserted += 1
                case .updated: counts.updated += 1
                case .unchanged: counts.unchanged += 1
                }
            }
            for p in pages { try upsert(p, application: application, stamp: stamp) }
            return counts
        }
    }

    /// A well-formed record whose contacts belong to no application: it goes on
    /// with an `error`, so `job-ledger finish` can still close its job.
    public struct Unattributed: Error {
        public static let message = "no application_id or url to store the contacts under"
    }

    /// Commits the batch: called before output is handed on.
    public func commitBatch() throws { try db.commit() }

    /// `application_id` (string or number, kept as text), else the record's `url`.
    public static func applicationID(of record: Record) -> String? {
        if let id = record.value("application_id"), !id.isNull { return id.scalarText }
        return record.string("url")
    }

    enum Outcome { case inserted, updated, unchanged }

    /// The stored contact (locked on PostgreSQL until the batch commits).
    private func stored(_ email: String, application: String) throws -> (Int, StoredContact)? {
        try db.prepared("""
            SELECT id, name, kind, confidence, source_url, method, sources, position, guessed, mx
            FROM email_contacts WHERE application_id = ?1 AND email = ?2
            """ + db.forUpdate).bind([.text(application), .text(email)]).rows { row in
            (row.int(0), StoredContact(email: email, name: row.text(1), kind: row.text(2),
                                       confidence: row.isNull(3) ? nil : row.double(3),
                                       sourceURL: row.text(4), method: row.text(5),
                                       sources: StoredContact.decodeSources(row.text(6)), position: row.text(7),
                                       guessed: row.int(8) != 0, mx: row.isNull(9) ? nil : row.int(9) != 0))
        }.first
    }

    private func upsert(_ c: StoredContact, application: String, stamp: String) throws -> Outcome {
        var existing = try stored(c.email, application: application)
        if existing == nil {
            // ON CONFLICT: another process (on PostgreSQL) may store the same contact at
            // the same moment; then its row is read back and merged, as on a re-run.
            try db.prepared("""
                INSERT INTO email_contacts (application_id, email, name, kind, confidence, source_url,
                  method, sources, created_at, updated_at, position, guessed, mx)
                  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?11, ?12)
                ON CONFLICT (application_id, email) DO NOTHING
                """).bind([.text(application), .text(c.email), .optional(c.name), .optional(c.kind),
                           c.confidence.map { .double($0) } ?? .null, .optional(c.sourceURL),
                           .optional(c.method), .text(c.sourcesText), .text(stamp), .optional(c.position),
                           .int(c.guessed ? 1 : 0), c.mx.map { .int($0 ? 1 : 0) } ?? .null]).run()
            if db.changes == 1 { return .inserted }
            existing = try stored(c.email, application: application)
        }
        guard let (id, old) = existing else {
            throw DatabaseError("\(db.path): contact \(c.email) was neither stored nor found")
        }
        let merged = old.merged(with: c)
        if merged == old { return .unchanged }
        try db.prepared("""
            UPDATE email_contacts SET name = ?2, kind = ?3, confidence = ?4, source_url = ?5,
              method = ?6, sources = ?7, updated_at = ?8, position = ?9, guessed = ?10, mx = ?11 WHERE id = ?1
            """).bind([.int(id), .optional(merged.name), .optional(merged.kind),
                       merged.confidence.map { .double($0) } ?? .null, .optional(merged.sourceURL),
                       .optional(merged.method), .text(merged.sourcesText), .text(stamp), .optional(merged.position),
                       .int(merged.guessed ? 1 : 0), merged.mx.map { .int($0 ? 1 : 0) } ?? .null]).run()
        return .updated
    }

    private func upsert(_ p: StoredPage, application: String, stamp: String) throws {
        try db.prepared("""
            INSERT INTO pages (application_id, url, final_url, status, fetched_at, error, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
            ON CONFLICT (application_id, url) DO UPDATE SET final_url = excluded.final_url,
              status = excluded.status, fetched_at = excluded.fetched_at, error = excluded.error,
              updated_at = excluded.updated_at
            """).bind([.text(application), .text(p.url), .optional(p.finalURL),
                       p.status.map { .int($0) } ?? .null, .optional(p.fetchedAt), .optional(p.error),
                       .text(stamp)]).run()
    }

    static func contacts(in record: Record) throws -> [StoredContact] {
        guard let value = record.value("contacts"), !value.isNull else { return [] }
        guard let items = value.arrayValue else { throw BadField("'contacts' is not an array") }
        return try items.enumerated().map { i, item in
            guard let c = StoredContact(item) else { throw BadField("'contacts[\(i)]' has no 'email'") }
            return c
        }
    }

    static func pages(in record: Record) throws -> [StoredPage] {
        guard let value = record.value("pages"), !value.isNull else { return [] }
        guard let items = value.arrayValue else { throw BadField("'pages' is not an array") }
        return try items.enumerated().map { i, item in
            guard let p = StoredPage(item) else { throw BadField("'pages[\(i)]' has no 'url'") }
            return p
        }
    }
}
