/// One numbered schema change. Never edit a migration once it has shipped:
/// add the next one.
public struct Migration: Sendable {
    public let version: Int
    public let name: String
    public let sql: String

    public init(_ version: Int, _ name: String, _ sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }
}

/// Applies migrations in order. `PRAGMA user_version` holds the last applied
/// number and `schema_migrations` lists each one with when it was applied.
/// The check runs inside `BEGIN IMMEDIATE`, so processes opening a new
/// database together apply each migration once.
struct Migrator {
    let migrations: [Migration]

    init(_ migrations: [Migration]) {
        self.migrations = migrations.sorted { $0.version < $1.version }
    }

    func apply(to db: Database) throws {
        guard let latest = migrations.last?.version else { return }
        let seen = try userVersion(db)
        if seen > latest {
            throw DatabaseError("\(db.path): schema version \(seen) is newer than this program (\(latest))")
        }
        if seen == latest { return }
        try db.immediate {
            let current = try userVersion(db)
            if current > latest {
                throw DatabaseError("\(db.path): schema version \(current) is newer than this program (\(latest))")
            }
            try db.execute("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)
                """)
            for m in migrations where m.version > current {
                try db.execute(m.sql)
                try db.prepared("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, ?3)")
                    .bind([.int(m.version), .text(m.name), .text(Timestamp.format(Clock.systemNow()))]).run()
                try db.execute("PRAGMA user_version = \(m.version)")
            }
        }
    }

    private func userVersion(_ db: Database) throws -> Int {
        try db.retryingBusy {
            try db.prepared("PRAGMA user_version").bind([]).rows { $0.int(0) }.first ?? 0
        }
    }
}
