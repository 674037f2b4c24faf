#if canImport(Glibc)
import Glibc
#endif

/// "Now" for every program: the system clock, or `JOBPIPE_NOW` (an RFC 3339
/// time, a testing aid that makes output exact) when it is set and not empty.
///
/// A `JOBPIPE_NOW` that is not such a time is a usage error: the programs
/// check it while parsing their options (`CommonOptions` and
/// `DatabaseOptions` call `checkEnvironment()`), so they stop with exit
/// status 64 before reading any input or opening any database.
public enum Clock {
    /// Why `JOBPIPE_NOW` cannot be used.
    public struct BadNow: Error, CustomStringConvertible, Sendable {
        public let value: String
        public var description: String { "JOBPIPE_NOW: not an RFC 3339 time: '\(value)'" }
    }

    /// `JOBPIPE_NOW`, read once: nil when unset or empty.
    static let fixed: Result<Int64?, BadNow> = {
        guard let text = Environment.get("JOBPIPE_NOW"), !text.isEmpty else { return .success(nil) }
        guard let t = Timestamp.parse(text) else { return .failure(BadNow(value: text)) }
        return .success(t)
    }()

    /// Throws when `JOBPIPE_NOW` is set to something that is not an RFC 3339 time.
    public static func checkEnvironment() throws(BadNow) {
        if case let .failure(e) = fixed { throw e }
    }

    /// Seconds since the epoch: `JOBPIPE_NOW` when set, else the system clock.
    /// (A bad `JOBPIPE_NOW` never gets this far in the programs; see `checkEnvironment`.)
    public static func now() -> Int64 {
        if case let .success(t?) = fixed { return t }
        return systemNow()
    }

    /// The system clock, whatever `JOBPIPE_NOW` says (e.g. when a migration was applied).
    public static func systemNow() -> Int64 { Int64(time(nil)) }

    /// Now as `2026-11-22T12:00:00Z`.
    public static func nowRFC3339() -> String { Timestamp.format(now()) }
}

/// A clock that only goes forward, for timeouts and delays.
func monotonicNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}
