import Foundation
import Testing

/// job-ledger's durations and times at their limits: a duration over 3650 days
/// is a usage error that names the limit (it trapped on Int64 overflow, exit
/// 132, or wrapped into stamps such as "11533-7-17T…"), one at the limit
/// works, and a lease that would end after 9999 ends at 9999-12-31T23:59:59Z,
/// still RFC 3339, still held.
@Suite final class JobLedgerDurationTests {
    let tmp: TempDir
    /// The test's database on the engine it runs on (see `use`).
    var database: TestDatabase
    var db: String { database.target }

    init() throws {
        tmp = try TempDir()
        database = try TestDatabase(.sqlite, in: tmp)
    }

    /// Runs the test on `engine`'s own fresh database.
    func use(_ engine: Engine) throws {
        if engine != .sqlite { database = try TestDatabase(engine, in: tmp) }
    }

    func ledger(_ args: [String], stdin: String = "", now: String = "2026-11-22T12:00:00Z") throws -> RunResult {
        try run("job-ledger", [args[0], "--db", db] + args.dropFirst(), stdin: stdin, environment: ["JOBPIPE_NOW": now])
    }

    static func refusal(_ value: String, _ option: String) -> String {
        "Error: The value '\(value)' is invalid for '\(option) <duration>': a duration is at most 3650d (about 10 years)\n"
    }

    @Test(arguments: [
        (["claim", "--lease", "9223372036854775807s"], "9223372036854775807s", "--lease"),
        (["heartbeat", "--lease", "2562047788015215h"], "2562047788015215h", "--lease"),
        (["run", "--key", "k", "--lease", "9223372036854775807s", "--", "true"], "9223372036854775807s", "--lease"),
        (["run", "--key", "k", "--timeout", "106751991167301d", "--", "true"], "106751991167301d", "--timeout"),
        (["run", "--key", "k", "--backoff-base", "3651d", "--", "true"], "3651d", "--backoff-base"),
        (["finish", "--backoff-cap", "3650d1s"], "3650d1s", "--backoff-cap"),
        (["prune", "--older-than", "99999999999999999999d"], "99999999999999999999d", "--older-than"),
        (["stats", "--interval", "315360001"], "315360001", "--interval"),
    ])
    func aDurationOverTheLimitIsAUsageError(_ args: [String], _ value: String, _ option: String) throws {
        let r = try ledger(args)
        #expect(r.status == 64)
        #expect(r.stdout == "")
        #expect(r.stderr.hasPrefix(Self.refusal(value, option)))
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test(arguments: Engine.all) func aLeaseAtTheLimitIsHeld(_ engine: Engine) throws {
        try use(engine)
        _ = try ledger(["add", "--kind", "k", "--key", "k:1"], stdin: "{}\n")
        let claimed = try ledger(["claim", "--lease", "3650d"])
        #expect(claimed.status == 0 && claimed.stderr == "")
        #expect(claimed.stdout == #"{"job":{"id":1,"key":"k:1","kind":"k","attempt":1}}"# + "\n")
        let list = try ledger(["list", "--format", "csv"])
        #expect(list.stdout.contains(",2036-11-19T12:00:00Z,"))
        // A year later the lease still holds: nothing to claim.
        let again = try ledger(["claim"], now: "2027-11-22T12:00:00Z")
        #expect(again.status == 0 && again.stdout == "")
        let beat = try ledger(["heartbeat", "--lease", "87600h"], stdin: claimed.stdout)
        #expect(beat.status == 0 && beat.stderr == "")
    }

    @Test(arguments: Engine.all) func aLeasePastTheYear9999EndsThere(_ engine: Engine) throws {
        try use(engine)
        let now = "9999-12-30T00:00:00Z"
        _ = try ledger(["add", "--kind", "k", "--key", "k:1"], stdin: "{}\n", now: now)
        let claimed = try ledger(["claim", "--lease", "3650d"], now: now)
        #expect(claimed.stdout == #"{"job":{"id":1,"key":"k:1","kind":"k","attempt":1}}"# + "\n")
        let list = try ledger(["list", "--format", "csv"], now: now)
        #expect(list.stdout.contains(",9999-12-31T23:59:59Z,"))
        #expect(!list.stdout.contains("10009-"))
        // Compared as text, the lease is still later than now: the job is not claimed twice.
        let again = try ledger(["claim"], now: "9999-12-31T23:00:00Z")
        #expect(again.status == 0 && again.stdout == "")
        // Pruning back from year 0001 by ten years reaches before year 0000: held there.
        let pruned = try ledger(["prune", "--older-than", "3650d"], now: "0001-06-01T00:00:00Z")
        #expect(pruned.status == 0)
    }

    @Test(arguments: Engine.all) func aNowPastTheYear9999IsAUsageError(_ engine: Engine) throws {
        try use(engine)
        let r = try ledger(["list"], now: "9999-12-31T23:00:00-02:00")
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("Error: JOBPIPE_NOW: not an RFC 3339 time: '9999-12-31T23:00:00-02:00'\n"))
    }
}
