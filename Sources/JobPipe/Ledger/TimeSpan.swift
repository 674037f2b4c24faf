import ArgumentParser

/// A duration given on the command line: `90s`, `5m`, `1h`, `2d`, or plain
/// seconds (`90`). Whole seconds; combinations like `1h30m` are accepted.
/// At most `TimeSpan.maximum` (3650 days, about ten years), checked while the
/// text is read, so every time the ledger computes from one (now plus a
/// lease, now minus `--older-than`) stays within the years `Timestamp` writes.
public struct TimeSpan: ExpressibleByArgument, Equatable, Sendable, CustomStringConvertible {
    public let seconds: Int64

    /// The longest duration accepted: 3650 days (about ten years). Said in job-ledger(1).
    public static let maximum: Int64 = 3650 * 86400

    public init(seconds: Int64) { self.seconds = seconds }

    public init?(argument: String) {
        guard case let .success(s) = TimeSpan.read(argument) else { return nil }
        seconds = s
    }

    /// Why a duration was refused: the message ArgumentParser shows after
    /// "The value '…' is invalid for '--lease <duration>': ".
    public enum Invalid: Error, Equatable, CustomStringConvertible {
        /// Not digits and units at all.
        case syntax
        /// Longer than `TimeSpan.maximum`.
        case tooLong

        public var description: String {
            switch self {
            case .syntax: return "not a duration: give whole seconds (90) or numbers with units s, m, h, d (90s, 5m, 1h30m, 2d)"
            case .tooLong: return "a duration is at most 3650d (about 10 years)"
            }
        }
    }

    /// The option parser's reading (`@Option(transform: TimeSpan.parsing)`): a
    /// duration, or an error that says what is wrong, naming the limit.
    @Sendable
    public static func parsing(_ text: String) throws -> TimeSpan {
        switch read(text) {
        case let .success(s): return TimeSpan(seconds: s)
        case let .failure(e): throw e
        }
    }

    /// Seconds, or nil when `text` is not a duration or is longer than the maximum.
    public static func parse(_ text: String) -> Int64? {
        try? read(text).get()
    }

    /// Reads a duration, refusing one over `maximum` as soon as a number or
    /// the running total passes it, so no arithmetic here can overflow.
    public static func read(_ text: String) -> Result<Int64, Invalid> {
        var total: Int64 = 0
        var number: Int64? = nil
        var sawUnit = false
        var tooLong = false
        for c in text {
            if let d = c.wholeNumberValue, c.isASCII {
                // Numbers past the maximum are only remembered as such: the rest is still read for syntax.
                let v = (number ?? 0) * 10 + Int64(d)
                if v > maximum { tooLong = true }
                number = min(v, maximum + 1)
                continue
            }
            let unit: Int64
            switch c {
            case "s": unit = 1
            case "m": unit = 60
            case "h": unit = 3600
            case "d": unit = 86400
            default: return .failure(.syntax)
            }
            guard let n = number else { return .failure(.syntax) }
            // n ≤ maximum + 1 and unit ≤ 86400: no overflow; total stays ≤ maximum.
            let add = n * unit
            if add > maximum - total { tooLong = true } else { total += add }
            number = nil
            sawUnit = true
        }
        if let n = number {
            guard !sawUnit else { return .failure(.syntax) }
            if n > maximum - total { tooLong = true } else { total += n }
        } else if !sawUnit {
            return .failure(.syntax)
        }
        return tooLong ? .failure(.tooLong) : .success(total)
    }

    public var description: String {
        if seconds % 3600 == 0 && seconds > 0 { return "\(seconds / 3600)h" }
        if seconds % 60 == 0 && seconds > 0 { return "\(seconds / 60)m" }
        return "\(seconds)s"
    }

    public static var defaultCompletionKind: CompletionKind { .default }
}
