extension ContactStore {
    /// The columns of `store-contacts export`; a table for people shows the first six.
    public static let exportColumns = ["application_id", "email", "name", "kind", "confidence", "source_url",
                                       "method", "sources", "created_at", "updated_at", "position", "guessed", "mx"]

    /// The stored contacts, by application (numeric ids in numeric order
    /// first, then others as text), confidence (highest first) and email.
    public func export(application: String?, format: OutputFormat) throws -> Table {
        let numeric = db.engine == .postgres
            ? "application_id ~ '^[0-9]+$' AND length(application_id) < 19"
            : "application_id <> '' AND application_id NOT GLOB '*[^0-9]*' AND length(application_id) < 19"
        let stmt = try db.prepared("""
            SELECT application_id, email, name, kind, confidence, source_url, method, sources, created_at, updated_at,
              position, guessed, mx
            FROM email_contacts WHERE CAST(?1 AS TEXT) IS NULL OR application_id = ?1
            ORDER BY CASE WHEN \(numeric) THEN 0 ELSE 1 END,
              CASE WHEN \(numeric) THEN CAST(application_id AS BIGINT) END,
              application_id, confidence DESC, email
            """).bind([.optional(application)])
        let width = format == .table ? 6 : ContactStore.exportColumns.count
        var table = Table(columns: Array(ContactStore.exportColumns.prefix(width)))
        let rows = try stmt.rows { row -> [JSON] in
            var values = (0..<Int32(width)).map { row.json($0) }
            if width > 7 { values[7] = JSON.strings(StoredContact.decodeSources(row.text(7))) }
            if width > 12 {
                values[11] = .bool(row.int(11) != 0)
                values[12] = row.isNull(12) ? .null : .bool(row.int(12) != 0)
            }
            return values
        }
        for r in rows { table.append(r) }
        return table
    }
}
