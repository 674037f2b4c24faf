import Testing
@testable import JobPipe

@Suite struct StoreTests {
    @Test func timestampsRoundTripAsRFC3339() {
        #expect(Timestamp.parse("2026-11-22T12:00:00Z") == 1_795_348_800)
        #expect(Timestamp.format(1_795_348_800) == "2026-11-22T12:00:00Z")
        #expect(Timestamp.parse("2026-11-22T13:30:00.250+01:30") == 1_795_348_800)
        #expect(Timestamp.parse("2026-11-22 12:00:00Z") == 1_795_348_800)
        #expect(Timestamp.parse("2026-11-22T12:00:00") == nil)
        #expect(Timestamp.parse("2026-13-22T12:00:00Z") == nil)
        #expect(Timestamp.parse("yesterday") == nil)
    }

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

    @Test func tablesRenderAlignedAndAsCSV() {
        var t = Table(columns: ["name", "n", "note"])
        t.append([.string("a,b"), .int(7), .null])
        t.append([.string("line\nbreak"), .int(12), .strings(["x"])])
        #expect(t.text == "name         n  note\na,b          7  -\nline break  12  [\"x\"]\n")
        #expect(t.csv == "name,n,note\n\"a,b\",7,\n\"line\nbreak\",12,\"[\"\"x\"\"]\"\n")
        #expect(t.ndjson == "{\"name\":\"a,b\",\"n\":7,\"note\":null}\n{\"name\":\"line\\nbreak\",\"n\":12,\"note\":[\"x\"]}\n")
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
