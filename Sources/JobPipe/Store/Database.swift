#if canImport(Glibc)
import Glibc
#endif
import CSQLite
import CLibPQ

/// Which engine a `Database` talks to.
public enum DatabaseEngine: Sendable { case sqlite, postgres }

/// The one owner of a database connection: SQLite, or PostgreSQL through
/// `PostgresConnection` when the target is a `postgresql://` URL (see
/// `DatabaseTarget`). The ledger and the contact store share their SQL,
/// written with `?1…?N` parameters; the few statements that differ ask
/// `engine`. On PostgreSQL a transaction is a plain `BEGIN` (claims lock
/// rows with `FOR UPDATE SKIP LOCKED`), the numbered migrations of
/// `PostgresSchema` are applied under `pg_advisory_lock`, and `path` is the
/// URL without its password.
///
/// SQLite: opening it Opening it creates the file with
/// mode 0600 (it holds personal data), refuses a network file system, turns
/// on WAL and a busy timeout, and applies the numbered migrations. Every
/// read-then-write runs in `BEGIN IMMEDIATE`, so it takes the write lock
/// before it reads: a deferred transaction that upgrades fails with
/// SQLITE_BUSY_SNAPSHOT however long it waits.
public final class Database {
    /// The SQLite connection (nil on PostgreSQL).
    let handle: OpaquePointer!
    /// The PostgreSQL connection (nil on SQLite).
    let pg: PostgresConnection?
    public let engine: DatabaseEngine
    public let path: String
    private var cache: [String: Statement] = [:]
    /// Rows changed by the last statement run on PostgreSQL.
    var pgChanges = 0

    /// How long one statement waits for another process's lock.
    public static let busyTimeoutMilliseconds: Int32 = 10_000

    public init(path: String, migrations: [Migration] = Schema.migrations,
                postgresMigrations: [Migration] = PostgresSchema.migrations) throws {
        if DatabaseTarget.isPostgres(path) {
            let c = try PostgresConnection(path)
            self.pg = c
            self.path = c.name
            self.engine = .postgres
            self.handle = nil
            try PostgresMigrator(postgresMigrations).apply(to: self)
            return
        }
        self.pg = nil
        self.engine = .sqlite
        self.path = path
        if path != ":memory:" {
            try Database.refuseNetworkFileSystem(path)
            try Database.createPrivately(path)
        }
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(db)
            throw DatabaseError(code: rc, "\(path): \(message.lowercased())")
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, Database.busyTimeoutMilliseconds)
        try retryingBusy {
            try execute("PRAGMA journal_mode=WAL")
        }
        try execute("PRAGMA foreign_keys=ON")
        try execute("PRAGMA synchronous=NORMAL")
        try Migrator(migrations).apply(to: self)
    }

    deinit {
        cache.removeAll()
        // An open transaction is rolled back: a batch is never half stored.
        if let handle { sqlite3_close_v2(handle) }
    }

    func error(_ rc: Int32, _ what: String) -> DatabaseError {
        let message = String(cString: sqlite3_errmsg(handle)).lowercased()
        return DatabaseError(code: rc, "\(path): \(what): \(message)")
    }

    /// Runs SQL text with no parameters and no rows (several statements allowed).
    public func execute(_ sql: String) throws {
        if let pg { return try pg.execute(sql) }
        let rc = sqlite3_exec(handle, sql, nil, nil, nil)
        guard rc == SQLITE_OK else { throw error(rc, firstWords(sql)) }
    }

    /// A prepared statement, kept for reuse on this connection.
    public func prepared(_ sql: String) throws -> Statement {
        if let s = cache[sql] { return s }
        let s = try Statement(self, sql: sql)
        cache[sql] = s
        return s
    }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { pg != nil ? pgChanges : Int(sqlite3_changes(handle)) }

    public var inTransaction: Bool { pg?.inTransaction ?? (sqlite3_get_autocommit(handle) == 0) }

    /// `BEGIN IMMEDIATE`, retried with jitter while another process holds the
    /// lock; on PostgreSQL a plain `BEGIN` (rows are locked as they are taken).
    public func beginImmediate() throws {
        if pg != nil { return try execute("BEGIN") }
        try retryingBusy { try execute("BEGIN IMMEDIATE") }
    }

    public func commit() throws {
        guard inTransaction else { return }
        if let pg, PQtransactionStatus(pg.conn) == PQTRANS_INERROR {
            // COMMIT of a failed transaction rolls it back: say so, never "committed".
            try execute("ROLLBACK")
            throw DatabaseError("\(path): the transaction failed and was rolled back")
        }
        try execute("COMMIT")
    }

    public func rollback() {
        guard inTransaction else { return }
        if pg != nil { _ = try? execute("ROLLBACK"); return }
        _ = sqlite3_exec(handle, "ROLLBACK", nil, nil, nil)
    }

    /// Runs `body` in its own `BEGIN IMMEDIATE` transaction. On PostgreSQL a
    /// transaction ended by a deadlock or serialization failure runs again.
    public func immediate<T>(_ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            try beginImmediate()
            do {
                let result = try body()
                try commit()
                return result
            } catch let e as DatabaseError where pg != nil && e.isBusy && attempt < 8 {
                rollback()
                attempt += 1
                usleep(UInt32.random(in: 0...UInt32(min(1_000_000, 10_000 << attempt))))
            } catch {
                rollback()
                throw error
            }
        }
    }

    /// `" FOR UPDATE"` on PostgreSQL, where a row read before it is changed
    /// must be locked; nothing on SQLite, whose `BEGIN IMMEDIATE` locks the file.
    public var forUpdate: String { engine == .postgres ? " FOR UPDATE" : "" }

    /// A query of the strings in the JSON array `parameter` (e.g. `?2`), as column `value`.
    public func jsonTexts(_ parameter: String) -> String {
        engine == .postgres ? "SELECT value FROM json_array_elements_text(CAST(\(parameter) AS json))"
            : "SELECT value FROM json_each(\(parameter))"
    }

    /// `" FOR UPDATE SKIP LOCKED"` on PostgreSQL: a claim takes the due rows
    /// no other worker holds, without waiting; nothing on SQLite.
    public var skipLocked: String { engine == .postgres ? " FOR UPDATE SKIP LOCKED" : "" }

    /// Runs `body` inside a savepoint of the current transaction: when it
    /// throws, none of its changes remain.
    public func savepoint<T>(_ body: () throws -> T) throws -> T {
        try execute("SAVEPOINT record")
        do {
            let result = try body()
            try execute("RELEASE record")
            return result
        } catch {
            if pg != nil {
                _ = try? execute("ROLLBACK TO record; RELEASE record")
            } else {
                _ = sqlite3_exec(handle, "ROLLBACK TO record; RELEASE record", nil, nil, nil)
            }
            throw error
        }
    }

    /// Retries `body` while SQLite reports the database busy or locked,
    /// sleeping a random, growing interval between tries (full jitter).
    func retryingBusy<T>(_ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try body()
            } catch let e as DatabaseError where e.isBusy && attempt < 8 {
                attempt += 1
                let capMicros = min(2_000_000, 50_000 << attempt)
                usleep(UInt32.random(in: 0...UInt32(capMicros)))
            }
        }
    }

    private static func createPrivately(_ path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd >= 0 { close(fd); return }
        if errno == EEXIST { return }
        throw DatabaseError("\(path): \(String(cString: strerror(errno)).lowercased())")
    }

    /// SQLite's locking is not reliable over NFS or SMB: refuse them plainly.
    private static func refuseNetworkFileSystem(_ path: String) throws {
        var dir = path
        if let slash = dir.lastIndex(of: "/") { dir = String(dir[..<slash]) } else { dir = "." }
        if dir.isEmpty { dir = "/" }
        if isNetworkFileSystem(type: jp_file_system_type(dir)) {
            throw DatabaseError("\(path): on a network file system, where sqlite locking is unreliable")
        }
    }
}

extension Database {
    /// statfs(2) magic numbers of network file systems: NFS, SMB, CIFS, SMB2, NCP, AFS and Ceph.
    /// (A FUSE mount such as sshfs cannot be told apart from a local one and is not refused.)
    static let networkFileSystems: Set<Int> = [0x6969, 0x517B, 0xFF534D42, 0xFE534D42, 0x564C, 0x6B414653, 0x00C36400]

    static func isNetworkFileSystem(type: Int) -> Bool { networkFileSystems.contains(type) }
}

func firstWords(_ sql: String) -> String {
    let words = sql.split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(2)
    return words.joined(separator: " ").lowercased()
}
