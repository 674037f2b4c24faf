/// What one program does to one record, named for the doing:
/// extract-emails' `EmailExtraction`, score-contacts' `ContactScoring`,
/// analyze-job's `JobAnalysis`. It adds its fields in place and throws
/// `RecordRejection` for a record it cannot read (the line goes to
/// `--rejects`); a failure of the record's own is an `error` in it.
public protocol RecordTransform {
    func apply(to record: inout Record) throws
}

/// Why one input line is left out of the output (it goes to `--rejects`).
public struct RecordRejection: Error, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
