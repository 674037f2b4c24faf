#if canImport(Glibc)
import Glibc
#endif
import CLibPQ

/// The one owner of a libpq connection. Credentials come only from what
/// libpq reads (the URL, the `PG*` variables,
/// `~/.pgpass`); errors name the target without its password.
final class PostgresConnection {
    let conn: OpaquePointer
    /// The target as errors show it: the URL without its password.
    let name: String

    init(_ target: String) throws {
        name = DatabaseTarget.redacted(target)
        guard let c = PQconnectdb(target) else { throw DatabaseError("\(name): out of memory") }
        guard PQstatus(c) == CONNECTION_OK else {
            let message = PostgresConnection.oneLine(PQerrorMessage(c))
            PQfinish(c)
            throw DatabaseError("\(name): \(message)")
        }
        conn = c
        jp_pq_silence_notices(c)
    }

    deinit { PQfinish(conn) }

    /// Runs SQL text with no parameters (several statements allowed).
    func execute(_ sql: String) throws {
        _ = try PostgresResult(PQexec(conn, sql), self, sql)
    }

    /// Runs one statement with `$1…$N` bound to `values` (as text; numbers typed).
    func execute(_ sql: String, _ values: [SQLValue]) throws -> PostgresResult {
        var types: [Oid] = []
        var texts: [UnsafeMutablePointer<CChar>?] = []
        defer { texts.forEach { free($0) } }
        for v in values {
            switch v {
            case .null: types.append(0); texts.append(nil)
            case let .int(x): types.append(20); texts.append(strdup(String(x)))
            case let .double(x): types.append(701); texts.append(strdup(String(x)))
            case let .text(s): types.append(0); texts.append(strdup(s))
            }
        }
        if values.isEmpty {
            return try PostgresResult(PQexecParams(conn, sql, 0, nil, nil, nil, nil, 0), self, sql)
        }
        let res = texts.withUnsafeBufferPointer { tp in
            tp.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: texts.count) { p in
                PQexecParams(conn, sql, Int32(values.count), types, p, nil, nil, 0)
            }
        }
        return try PostgresResult(res, self, sql)
    }

    var inTransaction: Bool {
        let s = PQtransactionStatus(conn)
        return s == PQTRANS_INTRANS || s == PQTRANS_INERROR || s == PQTRANS_ACTIVE
    }

    /// Waits up to `milliseconds` for a notification on a channel this
    /// connection listens to; true when one (or more) arrived.
    func waitForNotification(milliseconds: Int32) throws -> Bool {
        if drainNotifications() { return true }
        // Nothing within the time (0), or interrupted (-1): the caller looks again.
        guard jp_pq_wait_readable(conn, milliseconds) > 0 else { return false }
        guard PQconsumeInput(conn) == 1 else {
            throw DatabaseError("\(name): \(PostgresConnection.oneLine(PQerrorMessage(conn)))")
        }
        return drainNotifications()
    }

    private func drainNotifications() -> Bool {
        var any = false
        while let n = PQnotifies(conn) {
            any = true
            PQfreemem(n)
        }
        return any
    }

    static func oneLine(_ message: UnsafePointer<CChar>?) -> String {
        guard let message else { return "unknown error" }
        let text = String(cString: message)
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters() }
        return lines.filter { !$0.isEmpty }.joined(separator: ": ").lowercased()
    }
}

/// A statement's result, cleared with the value.
final class PostgresResult {
    let res: OpaquePointer
    let rowCount: Int
    let columnCount: Int32

    init(_ res: OpaquePointer?, _ c: PostgresConnection, _ sql: String) throws {
        guard let res else {
            throw DatabaseError("\(c.name): \(PostgresConnection.oneLine(PQerrorMessage(c.conn)))")
        }
        let status = PQresultStatus(res)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            let state = PQresultErrorField(res, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
            let primary = PQresultErrorField(res, Int32(UInt8(ascii: "M"))).map { String(cString: $0) }
                ?? PostgresConnection.oneLine(PQresultErrorMessage(res))
            PQclear(res)
            throw DatabaseError(sqlState: state, "\(c.name): \(firstWords(sql)): \(primary.lowercased())")
        }
        self.res = res
        rowCount = Int(PQntuples(res))
        columnCount = PQnfields(res)
    }

    deinit { PQclear(res) }

    /// Rows an INSERT, UPDATE or DELETE changed.
    var changes: Int { Int(String(cString: PQcmdTuples(res))) ?? 0 }

    func isNull(_ row: Int, _ col: Int32) -> Bool { PQgetisnull(res, Int32(row), col) == 1 }
    func text(_ row: Int, _ col: Int32) -> String? {
        isNull(row, col) ? nil : String(cString: PQgetvalue(res, Int32(row), col))
    }
    func name(_ col: Int32) -> String { String(cString: PQfname(res, col)) }
    /// The column's kind by type: integer (int2, int4, int8), real (float4, float8, numeric), or other.
    func kind(_ col: Int32) -> SQLColumnKind {
        switch PQftype(res, col) {
        case 20, 21, 23: return .integer
        case 700, 701, 1700: return .real
        default: return .text
        }
    }
}

enum SQLColumnKind { case integer, real, text }

private extension Substring {
    func trimmingCharacters() -> String {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
