import CSQLite

/// A prepared statement, owned and finalized with the value. On PostgreSQL
/// it holds the SQL (its `?N` rewritten as `$N`) and the bound values, and
/// runs them with `PQexecParams` on the first step.
public final class Statement {
    let handle: OpaquePointer!
    private unowned let db: Database
    private let pgSQL: String
    private var pgValues: [SQLValue] = []
    private(set) var pgResult: PostgresResult?
    private var pgNext = 0

    init(_ db: Database, sql: String) throws {
        self.db = db
        if db.pg != nil {
            pgSQL = DatabaseTarget.numberedParameters(sql)
            handle = nil
            return
        }
        pgSQL = ""
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v2(db.handle, sql, -1, &stmt, nil)
        guard rc == SQLITE_OK, let stmt else { throw db.error(rc, "prepare") }
        handle = stmt
    }

    deinit { if let handle { sqlite3_finalize(handle) } }

    private func pgStep() throws -> Row? {
        if pgResult == nil, let pg = db.pg {
            let r = try pg.execute(pgSQL, pgValues)
            db.pgChanges = r.changes
            pgResult = r
            pgNext = 0
        }
        guard let r = pgResult, pgNext < r.rowCount else { return nil }
        pgNext += 1
        return Row(stmt: self, index: pgNext - 1)
    }

    private func pgReset() {
        pgResult = nil
        pgNext = 0
    }

    /// Binds `values` to the parameters `?1…?N` in order, after a reset.
    @discardableResult
    public func bind(_ values: [SQLValue]) throws -> Statement {
        if db.pg != nil {
            pgReset()
            pgValues = values
            return self
        }
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (i, v) in values.enumerated() {
            let n = Int32(i + 1)
            let rc: Int32
            switch v {
            case .null: rc = sqlite3_bind_null(handle, n)
            case let .int(x): rc = sqlite3_bind_int64(handle, n, x)
            case let .double(x): rc = sqlite3_bind_double(handle, n, x)
            case let .text(s): rc = sqlite3_bind_text(handle, n, s, -1, jp_sqlite_transient())
            }
            guard rc == SQLITE_OK else { throw db.error(rc, "bind") }
        }
        return self
    }

    /// Steps once: a row, or nil when done.
    public func step() throws -> Row? {
        if db.pg != nil { return try pgStep() }
        let rc = sqlite3_step(handle)
        if rc == SQLITE_ROW { return Row(stmt: self, index: 0) }
        if rc == SQLITE_DONE { return nil }
        let e = db.error(rc, "step")
        sqlite3_reset(handle)
        throw e
    }

    /// Runs to completion, collecting every row with `transform`.
    public func rows<T>(_ transform: (Row) throws -> T) throws -> [T] {
        var out: [T] = []
        while let row = try step() { out.append(try transform(row)) }
        reset()
        return out
    }

    /// Runs to completion, ignoring rows.
    public func run() throws {
        while try step() != nil {}
        reset()
    }

    private func reset() {
        if db.pg != nil { pgReset() } else { sqlite3_reset(handle) }
    }
}

/// A value bound to a statement parameter.
public enum SQLValue: Sendable, Equatable {
    case null
    case int(Int64)
    case double(Double)
    case text(String)

    public static func optional(_ s: String?) -> SQLValue { s.map { .text($0) } ?? .null }
    public static func int(_ i: Int) -> SQLValue { .int(Int64(i)) }
}

/// The current row of a statement; valid until the next step.
public struct Row {
    let stmt: Statement
    /// The row's index in a PostgreSQL result (0 on SQLite).
    let index: Int

    public func isNull(_ i: Int32) -> Bool {
        if let r = stmt.pgResult { return r.isNull(index, i) }
        return sqlite3_column_type(stmt.handle, i) == SQLITE_NULL
    }
    public func int(_ i: Int32) -> Int {
        if let r = stmt.pgResult { return r.text(index, i).flatMap { Int($0) } ?? 0 }
        return Int(sqlite3_column_int64(stmt.handle, i))
    }
    public func double(_ i: Int32) -> Double {
        if let r = stmt.pgResult { return r.text(index, i).flatMap { Double($0) } ?? 0 }
        return sqlite3_column_double(stmt.handle, i)
    }
    public func text(_ i: Int32) -> String? {
        if let r = stmt.pgResult { return r.text(index, i) }
        guard let p = sqlite3_column_text(stmt.handle, i) else { return nil }
        return String(cString: p)
    }

    /// The column as JSON: integers and reals as numbers, text as strings, NULL as null.
    public func json(_ i: Int32) -> JSON {
        if let r = stmt.pgResult {
            if r.isNull(index, i) { return .null }
            switch r.kind(i) {
            case .integer: return .int(int(i))
            case .real: return .double(double(i))
            case .text: return .optional(text(i))
            }
        }
        switch sqlite3_column_type(stmt.handle, i) {
        case SQLITE_INTEGER: return .int(int(i))
        case SQLITE_FLOAT: return .double(double(i))
        case SQLITE_NULL: return .null
        default: return .optional(text(i))
        }
    }

    public var columnCount: Int32 { stmt.pgResult?.columnCount ?? sqlite3_column_count(stmt.handle) }
    public func name(_ i: Int32) -> String {
        if let r = stmt.pgResult { return r.name(i) }
        return String(cString: sqlite3_column_name(stmt.handle, i))
    }
}
