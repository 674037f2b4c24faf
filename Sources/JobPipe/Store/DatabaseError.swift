import CSQLite

/// A failure of the SQLite store: the program stops with exit status 74.
public struct DatabaseError: Error, CustomStringConvertible, Sendable {
    /// The SQLite result code (`SQLITE_BUSY`, `SQLITE_CORRUPT`…), or 0 when not from SQLite.
    public let code: Int32
    /// What was being done and what SQLite said, lowercase, one line.
    public let message: String

    public init(code: Int32 = 0, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    /// Whether waiting and trying again can help.
    public var isBusy: Bool {
        let primary = code & 0xFF
        return primary == SQLITE_BUSY || primary == SQLITE_LOCKED
    }
}
