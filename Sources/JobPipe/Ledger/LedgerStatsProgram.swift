#if canImport(Glibc)
import Glibc
#endif

/// How `job-ledger stats` reports and refreshes.
public struct StatsSettings: Sendable {
    /// Failures by error instead of counts by kind and state.
    public var errors: Bool
    /// The running jobs by worker instead.
    public var workers = false
    /// Refresh this often while standard output is a terminal.
    public var watch: Int64?
    /// Stop after this many refreshes (nil: until interrupted).
    public var count: Int?
    public var format: OutputFormat

    public init(errors: Bool, watch: Int64?, count: Int?, format: OutputFormat) {
        self.errors = errors
        self.watch = watch
        self.count = count
        self.format = format
    }
}

extension LedgerProgram {
    /// Counts by kind and state with the oldest pending job, or failures by
    /// error. With a watch interval and a terminal on standard output, the
    /// screen is cleared and the report redrawn under a heading until
    /// interrupted (or `count` times); otherwise it is printed once.
    public static func stats(database: DatabaseOptions, logFormat: LogFormat, settings s: StatsSettings) -> Int32 {
        let refresh = s.watch.flatMap { Environment.isTerminal(1) ? $0 : nil }
        return report(database: database, logFormat: logFormat) { ledger, diagnostics in
            func render() throws -> String {
                let table = s.errors ? try ledger.failuresByError()
                    : s.workers ? try ledger.workers() : try ledger.stats(now: Clock.now())
                return table.rendered(as: s.format)
            }
            guard let every = refresh else { return try render() }
            var shown = 0
            while true {
                let heading = "every \(TimeSpan(seconds: every)): job-ledger stats\(s.errors ? " --errors" : s.workers ? " --workers" : "")"
                    + " (\(database.path))  \(Clock.nowRFC3339())\n\n"
                let status = writeOut("\u{1B}[H\u{1B}[2J" + heading + (try render()), diagnostics: diagnostics)
                shown += 1
                if status != ExitStatus.ok || shown == s.count { return "" }
                sleep(UInt32(min(every, Int64(UInt32.max))))
            }
        }
    }
}
