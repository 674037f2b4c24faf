import Foundation
import Testing

/// job-ledger run: one command's life cycle: exit status, signals, timeouts, retries, --again.
@Suite final class JobLedgerRunTests {
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

    func ledger(_ args: [String]) throws -> RunResult {
        try run("job-ledger", [args[0], "--db", db] + args.dropFirst())
    }

    func jobs() throws -> [[String: Any]] {
        try ledger(["list"]).lines.map(object)
    }

    @Test(arguments: Engine.all) func returnsTheCommandsStatusAfterItsRetries(_ engine: Engine) throws {
        try use(engine)
        let r = try ledger(["run", "--key", "k", "--backoff-base", "0", "--", "sh", "-c", "echo out; echo err >&2; exit 3"])
        #expect(r.status == 3)
        #expect(r.stdout == "out\nout\nout\n")
        #expect(r.stderr.split(separator: "\n").filter { $0 == "err" }.count == 3)
        #expect(r.stderr.contains("job-ledger: warning: k: attempt 2 of 3 failed (exit status 3 after "))
        let job = try #require(try jobs().first)
        #expect(job["status"] as? String == "failure")
        #expect(job["attempts"] as? Int == 3)
        #expect((job["last_error"] as? String)?.hasPrefix("exit status 3 after ") == true)
        #expect((job["last_error"] as? String)?.hasSuffix(" ms: err") == true)
    }

    @Test(arguments: Engine.all) func statusesSignalsAndMissingCommands(_ engine: Engine) throws {
        try use(engine)
        #expect(try ledger(["run", "--key", "a", "--max-attempts", "1", "--", "sh", "-c", "exit 255"]).status == 1)
        #expect(try ledger(["run", "--key", "b", "--max-attempts", "1", "--", "sh", "-c", "kill -9 $$"]).status == 137)
        let t = try ledger(["run", "--key", "c", "--max-attempts", "1", "--timeout", "1", "--", "sleep", "30"])
        #expect(t.status == 143)
        let missing = try ledger(["run", "--key", "d", "--max-attempts", "1", "--", "/no/such/program"])
        #expect(missing.status == 127)
        let errors = try jobs().map { ($0["key"] as? String ?? "", String(($0["last_error"] as? String ?? "").prefix(18))) }
        #expect(errors.map(\.0) == ["a", "b", "c", "d"])
        #expect(errors.map(\.1) == ["exit status 255 af", "killed by signal 9", "timed out after 10", "cannot run /no/suc"])
        #expect(try ledger(["run", "--key", "e"]).status == 64)
    }

    @Test(arguments: Engine.all) func aKeyThatSucceededIsSkippedUnlessAgain(_ engine: Engine) throws {
        try use(engine)
        let marker = tmp.path("marker")
        let cmd = ["--", "sh", "-c", "echo ran >> \"$0\"", marker]
        #expect(try ledger(["run", "--key", "once"] + cmd).status == 0)
        let skipped = try ledger(["run", "--key", "once"] + cmd)
        #expect(skipped.status == 0)
        #expect(skipped.stderr == "job-ledger: once already succeeded (job 1); not run again without --again\n")
        #expect(try ledger(["run", "--key", "once", "--again"] + cmd).status == 0)
        #expect(try String(contentsOfFile: marker, encoding: .utf8) == "ran\nran\n")
        #expect(try jobs().map { $0["status"] as? String } == ["success", "success"])
    }

    /// A 1 s backoff (base and cap): the retry waits 0 or 1 s (full jitter), as the warning says and next_run_at records.
    @Test(arguments: Engine.all) func retriesWaitACappedJitteredBackoff(_ engine: Engine) throws {
        try use(engine)
        let marker = tmp.path("marker")
        let r = try run("job-ledger", ["run", "--db", db, "--key", "b", "--max-attempts", "2", "--backoff-base", "1s",
                                       "--backoff-cap", "1s", "--", "sh", "-c", "echo x >> \"$0\"; exit 4", marker],
                        environment: ["JOBPIPE_NOW": "2026-11-22T12:00:00Z"])
        #expect(r.status == 4)
        let warning = r.stderr.split(separator: "\n").first { $0.hasPrefix("job-ledger: warning: b: attempt 1 of 2 failed (exit status 4 after ") }
        let wait = try #require(warning?.split(separator: " ").last)
        #expect(wait == "0s" || wait == "1s")
        #expect(try String(contentsOfFile: marker, encoding: .utf8) == "x\nx\n")
        let runs = try database.sql("SELECT attempt, status FROM runs ORDER BY attempt; SELECT status, attempts FROM jobs")
        #expect(runs == "1|failure\n2|failure\nfailure|2\n")
    }

    @Test(arguments: Engine.all) func aKeyHeldByAnotherWorkerIsNotRun(_ engine: Engine) throws {
        try use(engine)
        _ = try run("job-ledger", ["add", "--db", db, "--kind", "k", "--key", "busy"], stdin: "{}\n")
        _ = try ledger(["claim", "--lease", "1h"])
        let r = try ledger(["run", "--key", "busy", "--", "true"])
        #expect(r.status == 75)
        #expect(r.stderr == "job-ledger: busy is running elsewhere (job 1, attempt 1)\n")
    }
}
