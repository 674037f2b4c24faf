import ArgumentParser

/// The states of a job: pending → running → success | failure, and
/// cancelled at any time before it ends.
public enum JobStatus: String, ExpressibleByArgument, CaseIterable, Sendable {
    case pending, running, success, failure, cancelled
}

/// A job's handle in a record: `"job": {"id": 12, "key": "contacts:7", "kind": "contacts", "attempt": 2}`.
public struct JobHandle: Sendable {
    public let id: Int
    public let attempt: Int
    /// The whole `job` object as it came, to hand back with fields added.
    public let object: JSON

    public init(_ record: Record) throws {
        guard let job = record.value("job"), !job.isNull else {
            throw RecordRejection("no job handle: the record has no 'job' field")
        }
        guard let id = job["id"]?.intValue, let attempt = job["attempt"]?.intValue else {
            throw RecordRejection("job handle without a numeric 'id' and 'attempt'")
        }
        self.id = id
        self.attempt = attempt
        object = job
    }
}
