#if canImport(Glibc)
import Glibc
#endif

extension Ledger {
    /// The longest a waiting claim on PostgreSQL goes without looking again
    /// when no notification comes: jobs also fall due by time (a retry's
    /// backoff, a lost lease), which nothing announces.
    static let postgresRecheckMilliseconds: Int64 = 5_000
    /// How often a waiting claim on SQLite looks again.
    static let sqlitePollMilliseconds: Int64 = 200

    /// `claim`, waiting up to `seconds` for a job when none is due: on
    /// PostgreSQL it `LISTEN`s on `jobpipe_jobs` (an insert into `jobs`
    /// notifies it) and looks again when woken, or every few seconds; on
    /// SQLite it looks again every 200 ms. Returns as soon as it took a job,
    /// or with none when the time is up. `now` is read at each look.
    public func claim(kind: String?, limit: Int, lease: Int64, waitingUpTo seconds: Int64,
                      now: () -> Int64) throws -> [Record] {
        let deadline = monotonicNanoseconds() + UInt64(max(0, seconds)) * 1_000_000_000
        if seconds > 0, db.engine == .postgres { try db.execute("LISTEN jobpipe_jobs") }
        while true {
            let records = try claim(kind: kind, limit: limit, lease: lease, now: now())
            let current = monotonicNanoseconds()
            if !records.isEmpty || current >= deadline { return records }
            let leftMilliseconds = Int64((deadline - current) / 1_000_000) + 1
            if let pg = db.pg {
                let slice = min(leftMilliseconds, Ledger.postgresRecheckMilliseconds)
                _ = try pg.waitForNotification(milliseconds: Int32(slice))
            } else {
                let slice = min(leftMilliseconds, Ledger.sqlitePollMilliseconds)
                usleep(UInt32(slice * 1000))
            }
        }
    }
}
