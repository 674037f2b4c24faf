import Foundation
import Testing

/// job-ledger: the life cycle of jobs, with exact output at fixed times (JOBPIPE_NOW).
@Suite final class JobLedgerTests {
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

    /// Runs `job-ledger SUBCOMMAND --db DB ARGS…` at the given time (minutes after 12:00).
    func ledger(_ subcommand: String, _ args: [String] = [], stdin: String = "", minute: Int = 0) throws -> RunResult {
        let now = "2026-11-22T12:\(minute < 10 ? "0" : "")\(minute):00Z"
        return try run("job-ledger", [subcommand, "--db", db] + args, stdin: stdin,
                       environment: ["JOBPIPE_NOW": now, "JOBPIPE_WORKER": "w1:100"])
    }

    static let apps = """
        {"application_id":7,"url":"https://acme.example/jobs/42"}
        {"application_id":"8","url":"https://beta.example/"}
        {"application_id":7,"url":"https://acme.example/again"}

        """

    @Test(arguments: Engine.all) func addCreatesOneJobPerKeyAndJoinsDuplicates(_ engine: Engine) throws {
        try use(engine)
        let r = try ledger("add", ["--kind", "contacts", "--key-field", "application_id"],
                           stdin: Self.apps + "{\"url\":\"no id\"}\n")
        #expect(r.status == 65)
        #expect(r.stderr == "job-ledger: line 4: no 'application_id' field to make the job key from\n")
        #expect(r.stdout == """
            {"application_id":7,"url":"https://acme.example/jobs/42","job":{"id":1,"key":"contacts:7","kind":"contacts","status":"pending","created":true}}
            {"application_id":"8","url":"https://beta.example/","job":{"id":2,"key":"contacts:8","kind":"contacts","status":"pending","created":true}}
            {"application_id":7,"url":"https://acme.example/again","job":{"id":1,"key":"contacts:7","kind":"contacts","status":"pending","created":false}}

            """)
        _ = try ledger("claim", ["--limit", "1"])
        let again = try ledger("add", ["--kind", "contacts", "--key", "contacts:7", "--max-attempts", "5"], stdin: "{}\n")
        #expect(again.stdout == #"{"job":{"id":1,"key":"contacts:7","kind":"contacts","status":"running","created":false}}"# + "\n")
        let usage = try ledger("add", ["--kind", "contacts"])
        #expect(usage.status == 64)
    }

    @Test(arguments: Engine.all) func claimThenFinishSuccess(_ engine: Engine) throws {
        try use(engine)
        _ = try ledger("add", ["--kind", "contacts", "--key-field", "application_id"], stdin: Self.apps)
        let claimed = try ledger("claim", ["--kind", "contacts", "--limit", "10", "--lease", "5m"], minute: 1)
        #expect(claimed.status == 0)
        #expect(claimed.stdout == """
            {"application_id":7,"url":"https://acme.example/jobs/42","job":{"id":1,"key":"contacts:7","kind":"contacts","attempt":1}}
            {"application_id":"8","url":"https://beta.example/","job":{"id":2,"key":"contacts:8","kind":"contacts","attempt":1}}

            """)
        let none = try ledger("claim", ["--kind", "contacts", "--limit", "10"], minute: 2)
        #expect(none.stdout == "")
        #expect(none.status == 0)
        let withBody = claimed.lines[0].dropLast() + #","pages":[{"url":"u","status":200,"body":"<p>hi</p>"}],"contacts":[]}"#
        let done = try ledger("finish", stdin: withBody + "\n", minute: 3)
        #expect(done.status == 0)
        #expect(done.stdout == #"{"application_id":7,"url":"https://acme.example/jobs/42","job":{"id":1,"key":"contacts:7","kind":"contacts","attempt":1,"status":"success"},"pages":[{"url":"u","status":200,"body":"<p>hi</p>"}],"contacts":[]}"# + "\n")
        let list = try ledger("list", ["--format", "table"], minute: 4)
        #expect(list.stdout == """
            id  key         kind      status   attempts  max_attempts  created_at            updated_at            next_run_at           lease_until           last_error  worker
             1  contacts:7  contacts  success         1             3  2026-11-22T12:00:00Z  2026-11-22T12:03:00Z  2026-11-22T12:03:00Z  -                     -           -
             2  contacts:8  contacts  running         1             3  2026-11-22T12:00:00Z  2026-11-22T12:01:00Z  2026-11-22T12:00:00Z  2026-11-22T12:06:00Z  -           w1:100

            """)
        let show = try ledger("show", ["contacts:7"])
        #expect(show.stdout.contains(#""result":{"application_id":7,"url":"https://acme.example/jobs/42","job":{"id":1,"key":"contacts:7","kind":"contacts","attempt":1,"status":"success"},"pages":[{"url":"u","status":200}],"contacts":[]}"#))
        #expect(show.stdout.contains(#""runs":[{"attempt":1,"status":"success","started_at":"2026-11-22T12:01:00Z","finished_at":"2026-11-22T12:03:00Z""#))
    }

    @Test(arguments: Engine.all) func failuresRetryUntilMaxAttemptsThenFail(_ engine: Engine) throws {
        try use(engine)
        _ = try ledger("add", ["--kind", "page", "--key", "page:1", "--max-attempts", "2"], stdin: "{\"n\":1}\n")
        let first = try ledger("claim", minute: 1)
        #expect(first.stdout == #"{"n":1,"job":{"id":1,"key":"page:1","kind":"page","attempt":1}}"# + "\n")
        let failed = first.lines[0].dropLast() + #","error":{"code":"timeout","message":"no response within 10 s"}}"#
        let f1 = try ledger("finish", ["--backoff-base", "0"], stdin: failed + "\n", minute: 2)
        #expect(f1.status == 0)
        #expect(f1.stdout == #"{"n":1,"job":{"id":1,"key":"page:1","kind":"page","attempt":1,"status":"pending"},"error":{"code":"timeout","message":"no response within 10 s"}}"# + "\n")
        let pending = try ledger("list", ["--status", "pending"], minute: 2)
        #expect(pending.stdout == #"{"id":1,"key":"page:1","kind":"page","status":"pending","attempts":1,"max_attempts":2,"created_at":"2026-11-22T12:00:00Z","updated_at":"2026-11-22T12:02:00Z","next_run_at":"2026-11-22T12:02:00Z","lease_until":null,"last_error":"timeout: no response within 10 s","worker":null}"# + "\n")

        let second = try ledger("claim", minute: 3)
        #expect(second.stdout == #"{"n":1,"job":{"id":1,"key":"page:1","kind":"page","attempt":2}}"# + "\n")
        let allPagesFailed = second.lines[0].dropLast() + #","pages":[{"url":"a","error":{"code":"dns","message":"no such host"}},{"url":"b","error":{"code":"dns"}}]}"#
        let f2 = try ledger("finish", ["--backoff-base", "0", "--strict"], stdin: allPagesFailed + "\n", minute: 4)
        #expect(f2.status == 1)
        #expect(f2.lines.first?.contains(#""attempt":2,"status":"failure"}"#) == true)
        let list = try ledger("list", ["--format", "csv"], minute: 5)
        #expect(list.stdout == "id,key,kind,status,attempts,max_attempts,created_at,updated_at,next_run_at,lease_until,last_error,worker\n"
            + "1,page:1,page,failure,2,2,2026-11-22T12:00:00Z,2026-11-22T12:04:00Z,2026-11-22T12:04:00Z,,all 2 pages failed: dns: no such host,\n")
        #expect(try ledger("claim", minute: 30).stdout == "")

        let retried = try ledger("retry", ["page:1"], minute: 6)
        #expect(retried.stdout.contains(#""status":"pending","attempts":2,"max_attempts":3"#))
        #expect(try ledger("claim", minute: 7).stdout == #"{"n":1,"job":{"id":1,"key":"page:1","kind":"page","attempt":3}}"# + "\n")
    }

    @Test(arguments: Engine.all) func expiredLeaseIsReclaimedAndTheStaleFinishRefused(_ engine: Engine) throws {
        try use(engine)
        _ = try ledger("add", ["--kind", "k", "--key", "k:1"], stdin: "{\"n\":1}\n")
        let dead = try ledger("claim", ["--lease", "90s"])
        #expect(try ledger("claim", minute: 1).stdout == "")
        let beat = try ledger("heartbeat", ["--lease", "2m"], stdin: dead.stdout, minute: 1)
        #expect(beat.stdout == #"{"n":1,"job":{"id":1,"key":"k:1","kind":"k","attempt":1,"lease_until":"2026-11-22T12:03:00Z"}}"# + "\n")
        #expect(try ledger("claim", minute: 3).stdout == "")
        let again = try ledger("claim", minute: 4)
        #expect(again.stdout == #"{"n":1,"job":{"id":1,"key":"k:1","kind":"k","attempt":2}}"# + "\n")

        let stale = try ledger("finish", ["--rejects", tmp.path("rejects")], stdin: dead.stdout, minute: 5)
        #expect(stale.status == 65)
        #expect(stale.stdout == "")
        #expect(stale.stderr == "job-ledger: line 1: job 1 attempt 1 refused: the job is running attempt 2\n")
        #expect(try String(contentsOfFile: tmp.path("rejects"), encoding: .utf8) == dead.stdout)
        let ok = try ledger("finish", stdin: again.stdout, minute: 6)
        #expect(ok.stdout == #"{"n":1,"job":{"id":1,"key":"k:1","kind":"k","attempt":2,"status":"success"}}"# + "\n")
        let twice = try ledger("finish", stdin: again.stdout, minute: 7)
        #expect(twice.status == 65)
        #expect(twice.stderr == "job-ledger: line 1: job 1 attempt 2 refused: the job is success after attempt 2\n")
        let runs = try database.sql("SELECT attempt, status, started_at, finished_at FROM runs ORDER BY attempt")
        #expect(runs == """
            1|lease_expired|2026-11-22T12:00:00Z|2026-11-22T12:04:00Z
            2|success|2026-11-22T12:04:00Z|2026-11-22T12:06:00Z

            """)
    }

    @Test(arguments: Engine.all) func aLeaseLostOnTheLastAttemptFailsTheJob(_ engine: Engine) throws {
        try use(engine)
        _ = try ledger("add", ["--kind", "k", "--key", "k:1", "--max-attempts", "1"], stdin: "{}\n")
        _ = try ledger("claim", ["--lease", "1m"])
        #expect(try ledger("claim", minute: 5).stdout == "")
        let list = try ledger("list", minute: 5)
        #expect(list.stdout.contains(#""status":"failure","attempts":1,"max_attempts":1"#))
        #expect(list.stdout.contains(#""last_error":"lease expired on the last attempt (1 of 1)""#))
    }

    @Test(arguments: Engine.all) func statsCountByKindAndStatus(_ engine: Engine) throws {
        try use(engine)
        _ = try ledger("add", ["--kind", "contacts", "--key-field", "application_id"], stdin: Self.apps)
        _ = try ledger("add", ["--kind", "posting", "--key-field", "url"], stdin: Self.apps, minute: 10)
        _ = try ledger("claim", ["--kind", "posting", "--limit", "1"], minute: 11)
        _ = try ledger("cancel", ["posting:https://beta.example/"], minute: 12)
        let ndjson = try ledger("stats", minute: 30)
        #expect(ndjson.status == 0)
        #expect(ndjson.stdout == """
            {"kind":"contacts","pending":2,"running":0,"success":0,"failure":0,"cancelled":0,"total":2,"oldest_pending_at":"2026-11-22T12:00:00Z","oldest_pending_age_ms":1800000}
            {"kind":"posting","pending":1,"running":1,"success":0,"failure":0,"cancelled":1,"total":3,"oldest_pending_at":"2026-11-22T12:10:00Z","oldest_pending_age_ms":1200000}

            """)
        let table = try ledger("stats", ["--format", "table"], minute: 30)
        #expect(table.stdout == """
            kind      pending  running  success  failure  cancelled  total  oldest_pending_at     oldest_pending_age_ms
            contacts        2        0        0        0          0      2  2026-11-22T12:00:00Z                1800000
            posting         1        1        0        0          1      3  2026-11-22T12:10:00Z                1200000

            """)
    }

    @Test(arguments: Engine.all) func statsByWorkerShowWhoHoldsWhatUntilWhen(_ engine: Engine) throws {
        try use(engine)
        _ = try ledger("add", ["--kind", "contacts", "--key-field", "application_id"], stdin: Self.apps)
        _ = try ledger("add", ["--kind", "posting", "--key-field", "url"], stdin: Self.apps)
        _ = try ledger("claim", ["--kind", "contacts", "--limit", "1", "--lease", "10m"], minute: 1)
        _ = try ledger("claim", ["--kind", "posting", "--limit", "2", "--lease", "5m"], minute: 2)
        let other = try run("job-ledger", ["claim", "--db", db, "--limit", "5"],
                            environment: ["JOBPIPE_NOW": "2026-11-22T12:03:00Z", "JOBPIPE_WORKER": "w2:200"])
        #expect(other.lines.count == 2)
        let workers = try ledger("stats", ["--workers", "--format", "table"], minute: 4)
        #expect(workers.stdout == """
            worker  kind      running  started_at            lease_until
            w1:100  contacts        1  2026-11-22T12:01:00Z  2026-11-22T12:11:00Z
            w1:100  posting         2  2026-11-22T12:02:00Z  2026-11-22T12:07:00Z
            w2:200  contacts        1  2026-11-22T12:03:00Z  2026-11-22T12:08:00Z
            w2:200  posting         1  2026-11-22T12:03:00Z  2026-11-22T12:08:00Z

            """)
        let running = try ledger("list", ["--status", "running", "--format", "csv"], minute: 4)
        #expect(running.lines.map { $0.split(separator: ",").last.map(String.init) ?? "" }
            == ["worker", "w1:100", "w2:200", "w1:100", "w1:100", "w2:200"])
        #expect(try ledger("stats", ["--workers", "--errors"]).status == 64)
    }

    @Test(arguments: Engine.all) func cancelShowAndPrune(_ engine: Engine) throws {
        try use(engine)
        _ = try ledger("add", ["--kind", "k", "--key", "k:1"], stdin: "{}\n")
        let claimed = try ledger("claim")
        let cancel = try ledger("cancel", ["k:1", "--format", "csv"], minute: 1)
        #expect(cancel.stdout.hasSuffix("\n1,k:1,k,cancelled,1,3,2026-11-22T12:00:00Z,2026-11-22T12:01:00Z,2026-11-22T12:00:00Z,,,\n"))
        let missing = try ledger("cancel", ["k:1"], minute: 2)
        #expect(missing.status == 1)
        #expect(missing.stderr == "job-ledger: no pending or running job with key k:1\n")
        #expect(try ledger("finish", stdin: claimed.stdout, minute: 2).status == 65)
        let unknown = try ledger("show", ["k:2"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "job-ledger: no job with key k:2\n")
        #expect(try ledger("prune", ["--older-than", "1h"], minute: 59).stdout == "{\"pruned\":0}\n")
        let pruned = try run("job-ledger", ["prune", "--db", db, "--older-than", "1h"],
                             environment: ["JOBPIPE_NOW": "2026-11-22T13:02:00Z"])
        #expect(pruned.stdout == "{\"pruned\":1}\n")
        #expect(try ledger("list").stdout == "")
    }

    @Test func badDurationsAndDatabasesAreReported() throws {
        #expect(try ledger("claim", ["--lease", "5 minutes"]).status == 64)
        #expect(try ledger("claim", ["--lease", "1h30m"]).status == 0)
        let r = try run("job-ledger", ["list", "--db", tmp.path("missing/dir/x.db")])
        #expect(r.status == 74)
        #expect(r.stderr == "job-ledger: \(tmp.path("missing/dir/x.db")): no such file or directory\n")
    }

    @Test(arguments: Engine.all) func longErrorsAreCutAtACharacterBoundary(_ engine: Engine) throws {
        try use(engine)
        _ = try ledger("add", ["--kind", "k", "--key", "k:1", "--max-attempts", "1"], stdin: "{}\n")
        let claimed = try ledger("claim")
        let message = "x" + String(repeating: "é", count: 700)
        let failed = claimed.lines[0].dropLast() + #","error":""# + message + "\"}\n"
        _ = try ledger("finish", stdin: failed)
        let list = try ledger("list")
        let lastError = try object(list.lines[0])["last_error"] as? String
        #expect(lastError == "x" + String(repeating: "é", count: 499))
    }
}
