import Foundation
import Testing

/// The database engines the ledger and store suites run on.
enum Engine: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// SQLite always; PostgreSQL when `JOBPIPE_TEST_PG` names a server (as
    /// `make test` does, through scripts/test-postgres). Without it the
    /// PostgreSQL variants are left out, with a one-line notice.
    static let all: [Engine] = {
        if testPostgresURL != nil { return [.sqlite, .postgres] }
        FileHandle.standardError.write(Data(
            "notice: JOBPIPE_TEST_PG is not set: the PostgreSQL variants of the ledger and store tests skip (make test sets it)\n".utf8))
        return [.sqlite]
    }()

    /// PostgreSQL only (tests of what only PostgreSQL does), when available.
    static let postgresOnly: [Engine] = all.filter { $0 == .postgres }
}

/// The server `JOBPIPE_TEST_PG` names (`postgresql://postgres@127.0.0.1:PORT/postgres`).
let testPostgresURL: String? = {
    guard let url = ProcessInfo.processInfo.environment["JOBPIPE_TEST_PG"], !url.isEmpty else { return nil }
    return url
}()

/// A fresh, empty database for one test: a SQLite file in the test's folder,
/// or on PostgreSQL a new schema of the test server, named in the URL's
/// `options=-csearch_path=` (as an application sharing its database would).
struct TestDatabase {
    let engine: Engine
    /// What `--db` takes: the file's path or the URL.
    let target: String

    init(_ engine: Engine, in tmp: TempDir, name: String = "ledger.db") throws {
        self.engine = engine
        switch engine {
        case .sqlite:
            target = tmp.path(name)
        case .postgres:
            guard let base = testPostgresURL else { throw TestDatabaseError("JOBPIPE_TEST_PG is not set") }
            let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            let made = try psql(base, "CREATE SCHEMA \(schema)")
            guard made.status == 0 else { throw TestDatabaseError("CREATE SCHEMA: \(made.stderr)") }
            target = base + "?options=-csearch_path%3D" + schema
        }
    }

    /// Runs SQL with the engine's own client (sqlite3, psql), rows as `a|b|c` lines.
    func sql(_ query: String) throws -> String {
        switch engine {
        case .sqlite: return try runExecutable(URL(fileURLWithPath: "/usr/bin/sqlite3"), [target, query]).stdout
        case .postgres: return try psql(target, query).stdout
        }
    }
}

/// psql, quiet and unaligned (`a|b|c` lines, like sqlite3), reading `query` from standard input.
func psql(_ target: String, _ query: String) throws -> RunResult {
    try runExecutable(URL(fileURLWithPath: "/usr/bin/psql"),
                      ["-X", "-q", "-At", "-F", "|", "-v", "ON_ERROR_STOP=1", "-d", target, "-f", "-"], stdin: query)
}

struct TestDatabaseError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
