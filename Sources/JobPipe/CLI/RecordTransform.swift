/// What one program does to one record, named for the doing:
/// extract-emails' `EmailExtraction`, score-contacts' `ContactScoring`,
/// analyze-job's `JobAnalysis`. It adds its fields in place. A field it
/// reads that has the wrong type throws `BadField` (before the record is
/// changed): the record goes on with an `error`; any other failure of the
/// record's own is an `error` in it too.
public protocol RecordTransform {
    func apply(to record: inout Record) throws
}

/// Why one input line is left out of the output (it goes to `--rejects`):
/// a line that is not a record at all, or one whose program cannot take it
/// (`job-ledger finish` given no job handle).
public struct RecordRejection: Error, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// A field a program reads that holds the wrong type (`"pages": 5`,
/// `"emails": "x"`): the record's failure, not the line's. The record goes
/// out unchanged with `"error": {"code": "bad_field", "message": …}` (an
/// error it carries already is kept), so `job-ledger finish` closes its job.
public struct BadField: Error, Sendable {
    public static let code = "bad_field"
    public let message: String
    public init(_ message: String) { self.message = message }
}

extension Record {
    /// Sets a top-level `error` of `code` and `message`, unless the record
    /// carries one already (its first failure is the one kept).
    public mutating func fail(code: String, message: String) {
        guard !hasError else { return }
        set("error", .object([("code", .string(code)), ("message", .string(message))]))
    }
}
