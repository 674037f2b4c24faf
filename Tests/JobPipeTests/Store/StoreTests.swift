import Testing
@testable import JobPipe

@Suite struct StoreTests {
    @Test func migrationsAreAppliedOnceInOrder() throws {
        let db = try Database(path: ":memory:", migrations: [
            Migration(2, "second", "ALTER TABLE t ADD COLUMN b TEXT"),
            Migration(1, "first", "CREATE TABLE t (a TEXT)"),
        ])
        let version = try db.prepared("PRAGMA user_version").bind([]).rows { $0.int(0) }
        #expect(version == [2])
        let names = try db.prepared("SELECT name FROM schema_migrations ORDER BY version").bind([]).rows { $0.text(0) }
        #expect(names == ["first", "second"])
        try Migrator([Migration(1, "first", "CREATE TABLE t (a TEXT)"),
                      Migration(2, "second", "ALTER TABLE t ADD COLUMN b TEXT")]).apply(to: db)
        // An older program meeting a newer database refuses it rather than guess.
        #expect(throws: DatabaseError.self) {
            try Migrator([Migration(1, "first", "CREATE TABLE t (a TEXT)")]).apply(to: db)
        }
    }

    @Test func aSavepointThatThrowsLeavesNothingBehind() throws {
        let db = try Database(path: ":memory:", migrations: [Migration(1, "t", "CREATE TABLE t (a TEXT)")])
        try db.beginImmediate()
        try db.savepoint { try db.execute("INSERT INTO t VALUES ('kept')") }
        #expect(throws: RecordRejection.self) {
            try db.savepoint {
                try db.execute("INSERT INTO t VALUES ('dropped')")
                throw RecordRejection("no")
            }
        }
        try db.commit()
        #expect(try db.prepared("SELECT a FROM t").bind([]).rows { $0.text(0) } == ["kept"])
    }

    @Test func aRerunKeepsTheHigherConfidenceAndMergesSources() {
        let old = StoredContact(email: "a@x.example", name: nil, kind: "generic", confidence: 0.5,
                                sourceURL: "https://x.example/", method: "text", sources: ["https://x.example/"])
        let better = StoredContact(email: "a@x.example", name: "Al", kind: "personal", confidence: 0.8,
                                   sourceURL: "https://x.example/team", method: nil, sources: ["https://x.example/team"])
        let merged = old.merged(with: better)
        #expect(merged == StoredContact(email: "a@x.example", name: "Al", kind: "personal", confidence: 0.8,
                                        sourceURL: "https://x.example/team", method: "text",
                                        sources: ["https://x.example/", "https://x.example/team"]))
        #expect(merged.merged(with: old) == merged)
        #expect(old.merged(with: old) == old)
    }
}

@Suite struct NetworkFileSystemTests {
    @Test func networkFileSystemsAreToldFromLocalOnes() throws {
        #expect(Database.isNetworkFileSystem(type: 0x6969))       // nfs
        #expect(Database.isNetworkFileSystem(type: 0xFF534D42))   // cifs
        #expect(!Database.isNetworkFileSystem(type: 0xEF53))      // ext4
        #expect(!Database.isNetworkFileSystem(type: 0x01021994))  // tmpfs
        #expect(!Database.isNetworkFileSystem(type: -1))          // statfs failed: let open report it
    }
}

/// Merging a stored contact's sources with a new find's: first-seen order, linear.
@Suite struct StoredContactMergeTests {
    @Test func thirtyThousandSourcesMergeInFirstSeenOrder() {
        let urls = (0..<30_000).map { "https://acme.de/p\($0)" }
        let old = StoredContact(email: "jobs@acme.de", name: nil, kind: "role", confidence: 0.5, sourceURL: urls[0],
                                method: "text", sources: Array(urls[..<20_000]))
        let new = StoredContact(email: "jobs@acme.de", name: nil, kind: "role", confidence: 0.4, sourceURL: urls[10_000],
                                method: "text", sources: Array(urls[10_000...]) + Array(urls[..<5]))
        #expect(old.merged(with: new).sources == urls)
    }
}
