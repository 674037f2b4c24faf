#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import JobPipe

/// The PostgreSQL migrator, on the server `JOBPIPE_TEST_PG` names (make test
/// starts one); without it these tests skip (see the notice of the program tests).
@Suite struct PostgresMigratorTests {
    static let server: String? = getenv("JOBPIPE_TEST_PG").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    static let servers: [String] = server.map { [$0] } ?? []

    /// A URL for a new, empty schema of the server.
    func freshSchema(_ server: String) throws -> String {
        let name = "m_\(getpid())_\(UInt32.random(in: 0...UInt32.max))"
        _ = try Database(path: server, postgresMigrations: []).execute("CREATE SCHEMA \(name)")
        return server + "?options=-csearch_path%3D" + name
    }

    func applied(_ db: Database) throws -> [String] {
        try db.prepared("SELECT version, name FROM schema_migrations ORDER BY version").bind([]).rows {
            "\($0.int(0)) \($0.text(1) ?? "")"
        }
    }

    @Test(arguments: servers) func everyMissingNumberIsAppliedInOrderAndANewerDatabaseRefused(_ server: String) throws {
        let url = try freshSchema(server)
        let one = Migration(1, "a", "CREATE TABLE a (x INTEGER)")
        let two = Migration(2, "b", "ALTER TABLE a ADD COLUMN y TEXT")
        let three = Migration(3, "c", "CREATE TABLE c (z TEXT)")
        #expect(try applied(Database(path: url, postgresMigrations: [three, one])) == ["1 a", "3 c"])
        // A number left free and filled later (as at a merge) is applied then.
        let db = try Database(path: url, postgresMigrations: [one, two, three])
        #expect(try applied(db) == ["1 a", "2 b", "3 c"])
        try db.execute("INSERT INTO a (x, y) VALUES (1, 'y')")
        #expect(throws: DatabaseError.self) { try Database(path: url, postgresMigrations: [one, two]) }
        do {
            _ = try Database(path: url, postgresMigrations: [one, two])
        } catch let e as DatabaseError {
            #expect(e.message.hasSuffix(": schema version 3 is newer than this program (2)"))
        }
    }

    /// A failed statement inside a batch leaves the transaction for lost:
    /// commit says so instead of reporting what PostgreSQL rolled back as stored.
    @Test(arguments: servers) func aFailedTransactionIsNeverReportedCommitted(_ server: String) throws {
        let db = try Database(path: try freshSchema(server), postgresMigrations: [Migration(1, "t", "CREATE TABLE t (a TEXT UNIQUE)")])
        try db.beginImmediate()
        try db.execute("INSERT INTO t VALUES ('kept')")
        #expect(throws: DatabaseError.self) { try db.execute("INSERT INTO t VALUES ('kept')") }
        #expect(throws: DatabaseError.self) { try db.commit() }
        #expect(try db.prepared("SELECT count(*) FROM t").bind([]).rows { $0.int(0) } == [0])
        // A savepoint that fails leaves the rest of the batch whole.
        try db.beginImmediate()
        try db.savepoint { try db.execute("INSERT INTO t VALUES ('one')") }
        #expect(throws: DatabaseError.self) { try db.savepoint { try db.execute("INSERT INTO t VALUES ('one')") } }
        try db.commit()
        #expect(try db.prepared("SELECT a FROM t").bind([]).rows { $0.text(0) } == ["one"])
    }
}
