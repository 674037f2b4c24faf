/// Counts what happened to the input and turns it into the exit status.
public struct RunSummary: Sendable {
    public var records = 0
    public var rejected = 0
    public var withErrors = 0
    public var inputFailed = false

    public init() {}

    public func status(strict: Bool) -> Int32 {
        if inputFailed { return ExitStatus.ioError }
        if rejected > 0 { return ExitStatus.dataError }
        if strict && withErrors > 0 { return ExitStatus.recordErrors }
        return ExitStatus.ok
    }
}

/// A program-stopping failure (I/O, database) with its message.
public struct FatalError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
