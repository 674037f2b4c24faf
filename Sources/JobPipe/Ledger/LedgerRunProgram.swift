#if canImport(Glibc)
import Glibc
#endif

extension LedgerProgram {
    /// Status of `run` when another worker holds the key (sysexits EX_TEMPFAIL).
    public static let busyStatus: Int32 = 75

    /// Runs a command as the job with the settings' key, retrying failures
    /// after a backoff while attempts remain, and returns the command's status.
    public static func run(database: DatabaseOptions, logFormat: LogFormat, settings s: RunSettings) -> Int32 {
        let diagnostics = Diagnostics(program: name, format: logFormat)
        let payload = JSON.object([("command", .strings(s.command))]).text
        var last: CommandResult?
        do {
            let ledger = Ledger(db: try Database(path: database.path))
            while true {
                switch try ledger.startRun(key: s.key, kind: s.kind, maxAttempts: s.maxAttempts, payload: payload,
                                           again: s.again, lease: s.lease, now: Clock.now()) {
                case let .done(id):
                    diagnostics.info("\(s.key) already succeeded (job \(id)); not run again without --again")
                    return last?.shellStatus ?? ExitStatus.ok
                case let .busy(id, attempt):
                    diagnostics.error("\(s.key) is running elsewhere (job \(id), attempt \(attempt))")
                    return last?.shellStatus ?? busyStatus
                case let .started(id, attempt, maxAttempts):
                    let result = runCommand(ledger, id: id, attempt: attempt, settings: s)
                    last = result
                    guard let (status, next) = try ledger.endRun(id: id, attempt: attempt, result: result,
                                                                 backoff: s.backoff, now: Clock.now()) else {
                        diagnostics.error("job \(id) attempt \(attempt) was cancelled or taken over; its end is not recorded")
                        return result.shellStatus
                    }
                    guard status == .pending else { return result.shellStatus }
                    let wait = max(0, next - Clock.now())
                    diagnostics.warning("\(s.key): attempt \(attempt) of \(maxAttempts) failed (\(result.summary)); retrying in \(wait)s")
                    if wait > 0 { sleep(UInt32(min(wait, Int64(UInt32.max)))) }
                }
            }
        } catch {
            diagnostics.error("\(error)")
            return last?.shellStatus ?? ExitStatus.ioError
        }
    }

    /// Runs the command once, extending the lease every third of it; stops
    /// the command when the job is cancelled or taken over meanwhile.
    private static func runCommand(_ ledger: Ledger, id: Int, attempt: Int, settings s: RunSettings) -> CommandResult {
        var lastBeat = monotonicNanoseconds()
        let every = UInt64(max(1, s.lease / 3)) * 1_000_000_000
        return CommandRunner(arguments: s.command, timeout: s.timeout).run {
            let t = monotonicNanoseconds()
            guard t - lastBeat >= every else { return true }
            lastBeat = t
            return (try? ledger.extendLease(id: id, attempt: attempt, lease: s.lease, now: Clock.now())) ?? true
        }
    }
}
