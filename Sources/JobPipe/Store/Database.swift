#if canImport(Glibc)
import Glibc
#endif
import CSQLite

/// The one owner of a SQLite connection. Opening it creates the file with
/// mode 0600 (it holds personal data), refuses a network file system, turns
/// on WAL and a busy timeout, and applies the numbered migrations. Every
/// read-then-write runs in `BEGIN IMMEDIATE`, so it takes the write lock
/// before it reads: a deferred transaction that upgrades fails with
/// SQLITE_BUSY_SNAPSHOT however long it waits.
public final class Database {
    let handle: OpaquePointer
    public let path: String
    private var cache: [String: Statement] = [:]

    /// How long one statement waits for another process's lock.
    public static let busyTimeoutMilliseconds: Int32 = 10_000

    public init(path: String, migrations: [Migration] = Schema.migrations) throws {
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
        sqlite3_close_v2(handle)
    }

    func error(_ rc: Int32, _ what: String) -> DatabaseError {
        let message = String(cString: sqlite3_errmsg(handle)).lowercased()
        return DatabaseError(code: rc, "\(path): \(what): \(message)")
    }

    /// Runs SQL text with no parameters and no rows (several statements allowed).
    public func execute(_ sql: String) throws {
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
    public var changes: Int { Int(sqlite3_changes(handle)) }

    public var inTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// `BEGIN IMMEDIATE`, retried with jitter while another process holds the lock.
    public func beginImmediate() throws {
        try retryingBusy { try execute("BEGIN IMMEDIATE") }
    }

    public func commit() throws {
        guard inTransaction else { return }
        try execute("COMMIT")
    }

    public func rollback() {
        guard inTransaction else { return }
        _ = sqlite3_exec(handle, "ROLLBACK", nil, nil, nil)
    }

    /// Runs `body` in its own `BEGIN IMMEDIATE` transaction.
    public func immediate<T>(_ body: () throws -> T) throws -> T {
        try beginImmediate()
        do {
            let result = try body()
            try commit()
            return result
        } catch {
            rollback()
            throw error
        }
    }

    /// Runs `body` inside a savepoint of the current transaction: when it
    /// throws, none of its changes remain.
    public func savepoint<T>(_ body: () throws -> T) throws -> T {
        try execute("SAVEPOINT record")
        do {
            let result = try body()
            try execute("RELEASE record")
            return result
        } catch {
            _ = sqlite3_exec(handle, "ROLLBACK TO record; RELEASE record", nil, nil, nil)
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

private func firstWords(_ sql: String) -> String {
    let words = sql.split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(2)
    return words.joined(separator: " ").lowercased()
}
