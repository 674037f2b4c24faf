import CSQLite

/// A failure of the store (SQLite or PostgreSQL): the program stops with exit status 74.
public struct DatabaseError: Error, CustomStringConvertible, Sendable {
    /// The SQLite result code (`SQLITE_BUSY`, `SQLITE_CORRUPT`…), or 0 when not from SQLite.
    public let code: Int32
    /// What was being done and what SQLite said, lowercase, one line.
    public let message: String

    /// PostgreSQL's SQLSTATE (`40P01`, `23505`…), or empty when not from PostgreSQL.
    public let sqlState: String

    public init(code: Int32 = 0, sqlState: String = "", _ message: String) {
        self.code = code
        self.sqlState = sqlState
        self.message = message
    }

    public var description: String { message }

    /// Whether waiting and trying again can help.
    public var isBusy: Bool {
        if !sqlState.isEmpty {
            // serialization_failure, deadlock_detected: the transaction can run again.
            return sqlState == "40001" || sqlState == "40P01"
        }
        let primary = code & 0xFF
        return code != 0 && (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    }
}
