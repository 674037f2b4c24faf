import Foundation
import Testing

/// Workers killed with SIGKILL mid-job: nothing cleans up after them, and
/// their jobs are taken again once the (1 s) lease has run out. Time is
/// fixed with JOBPIPE_NOW, so "later" needs no waiting.
@Suite final class JobLedgerCrashTests {
    let tmp: TempDir
    var database: TestDatabase
    var db: String { database.target }
    static let start = ["JOBPIPE_NOW": "2026-11-22T12:00:00Z"]
    /// Five seconds later: every 1 s lease taken at `start` has run out.
    static let later = ["JOBPIPE_NOW": "2026-11-22T12:00:05Z"]

    init() throws {
        tmp = try TempDir()
        database = try TestDatabase(.sqlite, in: tmp)
    }

    /// Runs the test on `engine`'s own fresh database.
    func use(_ engine: Engine) throws {
        if engine != .sqlite { database = try TestDatabase(engine, in: tmp) }
    }

    func runsTable() throws -> String {
        try database.sql("SELECT job_id, attempt, status, started_at, finished_at FROM runs ORDER BY job_id, attempt")
    }

    /// A claim | work | finish worker dies after claiming: its job is claimed
    /// again after the lease, finishes, and the dead worker's handle is refused.
    @Test(arguments: Engine.all) func aKilledWorkersJobIsReclaimedAfterTheLeaseAndFinishes(_ engine: Engine) throws {
        try use(engine)
        _ = try run("job-ledger", ["add", "--db", db, "--kind", "k", "--key", "k:1"], stdin: "{\"n\":1}\n",
                    environment: Self.start)
        let worker = try tmp.file("worker.sh", """
            job-ledger claim --db "$1" --lease 1s > "$2/claimed"
            exec sleep 60

            """)
        let dying = try Background(URL(fileURLWithPath: "/bin/sh"), [worker.path, db, tmp.url.path],
                                   stdout: tmp.url.appendingPathComponent("out"), environment: Self.start)
        #expect(Background.wait { fileSize(tmp.path("claimed")) > 0 })
        #expect(dying.kill9() == SIGKILL)
        let claimed = try String(contentsOfFile: tmp.path("claimed"), encoding: .utf8)
        #expect(claimed == #"{"n":1,"job":{"id":1,"key":"k:1","kind":"k","attempt":1}}"# + "\n")

        // Within the lease nobody else gets the job; after it, the next worker does.
        #expect(try run("job-ledger", ["claim", "--db", db], environment: Self.start).stdout == "")
        let again = try run("job-ledger", ["claim", "--db", db, "--lease", "1s"], environment: Self.later)
        #expect(again.stdout == #"{"n":1,"job":{"id":1,"key":"k:1","kind":"k","attempt":2}}"# + "\n")
        let done = try run("job-ledger", ["finish", "--db", db], stdin: again.stdout, environment: Self.later)
        #expect(done.status == 0)
        #expect(done.stdout == #"{"n":1,"job":{"id":1,"key":"k:1","kind":"k","attempt":2,"status":"success"}}"# + "\n")
        let stale = try run("job-ledger", ["finish", "--db", db], stdin: claimed, environment: Self.later)
        #expect(stale.status == 65)
        #expect(stale.stderr == "job-ledger: line 1: job 1 attempt 1 refused: the job is success after attempt 2\n")
        #expect(try runsTable() == """
            1|1|lease_expired|2026-11-22T12:00:00Z|2026-11-22T12:00:05Z
            1|2|success|2026-11-22T12:00:05Z|2026-11-22T12:00:05Z

            """)
    }

    /// `job-ledger run` killed with SIGKILL while its command runs: a later
    /// `run` of the same key takes the job over after the lease and finishes it.
    @Test(arguments: Engine.all) func aKilledRunIsTakenOverAfterTheLease(_ engine: Engine) throws {
        try use(engine)
        let pidFile = tmp.path("command.pid")
        let dying = try Background(binDir.appendingPathComponent("job-ledger"),
                                   ["run", "--db", db, "--key", "r:1", "--lease", "1s", "--",
                                    "sh", "-c", "echo $$ > \"$0\"; exec sleep 60", pidFile],
                                   stdout: tmp.url.appendingPathComponent("out"), environment: Self.start)
        #expect(Background.wait { fileSize(pidFile) > 0 })
        // The orphaned command is not the ledger's business; it is ended here too.
        let command = Int32((try String(contentsOfFile: pidFile, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(dying.kill9(orphans: command.map { [$0] } ?? []) == SIGKILL)

        let busy = try run("job-ledger", ["run", "--db", db, "--key", "r:1", "--", "true"], environment: Self.start)
        #expect(busy.status == 75)
        #expect(busy.stderr == "job-ledger: r:1 is running elsewhere (job 1, attempt 1)\n")
        let taken = try run("job-ledger", ["run", "--db", db, "--key", "r:1", "--", "sh", "-c", "echo done"],
                            environment: Self.later)
        #expect(taken.status == 0)
        #expect(taken.stdout == "done\n")
        #expect(try runsTable() == """
            1|1|lease_expired|2026-11-22T12:00:00Z|2026-11-22T12:00:05Z
            1|2|success|2026-11-22T12:00:05Z|2026-11-22T12:00:05Z

            """)
        let list = try run("job-ledger", ["list", "--db", db, "--format", "csv"]).stdout
        #expect(list.split(separator: "\n").last == "1,r:1,run,success,2,3,2026-11-22T12:00:00Z,2026-11-22T12:00:05Z,2026-11-22T12:00:05Z,,,")
    }
}
