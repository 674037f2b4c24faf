import ArgumentParser

/// A duration given on the command line: `90s`, `5m`, `1h`, `2d`, or plain
/// seconds (`90`). Whole seconds; combinations like `1h30m` are accepted.
public struct TimeSpan: ExpressibleByArgument, Equatable, Sendable, CustomStringConvertible {
    public let seconds: Int64

    public init(seconds: Int64) { self.seconds = seconds }

    public init?(argument: String) {
        guard let s = TimeSpan.parse(argument) else { return nil }
        seconds = s
    }

    public static func parse(_ text: String) -> Int64? {
        var total: Int64 = 0
        var number: Int64? = nil
        var sawUnit = false
        for c in text {
            if let d = c.wholeNumberValue, c.isASCII {
                let (m, o1) = (number ?? 0).multipliedReportingOverflow(by: 10)
                let (v, o2) = m.addingReportingOverflow(Int64(d))
                guard !o1, !o2 else { return nil }
                number = v
                continue
            }
            let unit: Int64
            switch c {
            case "s": unit = 1
            case "m": unit = 60
            case "h": unit = 3600
            case "d": unit = 86400
            default: return nil
            }
            guard let n = number else { return nil }
            total += n * unit
            number = nil
            sawUnit = true
        }
        if let n = number {
            guard !sawUnit else { return nil }
            total += n
        } else if !sawUnit {
            return nil
        }
        return total
    }

    public var description: String {
        if seconds % 3600 == 0 && seconds > 0 { return "\(seconds / 3600)h" }
        if seconds % 60 == 0 && seconds > 0 { return "\(seconds / 60)m" }
        return "\(seconds)s"
    }

    public static var defaultCompletionKind: CompletionKind { .default }
}
