import Foundation
import Testing

/// job-ledger show and stats: formats for people, failures by error, --watch on a terminal.
@Suite final class JobLedgerReportTests {
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

    func ledger(_ subcommand: String, _ args: [String] = [], stdin: String = "", minute: Int = 0) throws -> RunResult {
        let now = "2026-11-22T12:\(minute < 10 ? "0" : "")\(minute):00Z"
        return try run("job-ledger", [subcommand, "--db", db] + args, stdin: stdin, environment: ["JOBPIPE_NOW": now])
    }

    /// Claims the one due job and finishes it with `error` (nil: success).
    func attempt(error: String?, minute: Int) throws {
        let claimed = try ledger("claim", minute: minute)
        let line = claimed.lines[0]
        let record = error.map { line.dropLast() + #","error":""# + $0 + "\"}" } ?? line
        _ = try ledger("finish", ["--backoff-base", "0"], stdin: record + "\n", minute: minute + 1)
    }

    @Test(arguments: Engine.all) func showPrintsOneRowPerAttemptAsATableOrCSV(_ engine: Engine) throws {
        try use(engine)
        _ = try ledger("add", ["--kind", "k", "--key", "k:1"], stdin: "{}\n")
        try attempt(error: "dns: no such host", minute: 1)
        try attempt(error: nil, minute: 3)
        _ = try ledger("add", ["--kind", "k", "--key", "k:1"], stdin: "{}\n", minute: 5)
        // The worker (host:pid of each claim) differs from run to run: it is masked.
        let csv = try ledger("show", ["k:1", "--format", "csv"])
        #expect(csv.status == 0)
        let masked = csv.lines.map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).enumerated()
                .map { $0.offset == 10 && !$0.element.isEmpty && $0.element != "worker" ? "W" : String($0.element) }
                .joined(separator: ",")
        }
        #expect(masked == [
            "id,key,kind,status,attempts,max_attempts,attempt,run_status,started_at,finished_at,worker,error",
            "1,k:1,k,success,2,3,1,failure,2026-11-22T12:01:00Z,2026-11-22T12:02:00Z,W,dns: no such host",
            "1,k:1,k,success,2,3,2,success,2026-11-22T12:03:00Z,2026-11-22T12:04:00Z,W,",
            "2,k:1,k,pending,0,3,,,,,,",
        ])
        let table = try ledger("show", ["k:1", "--format", "table"])
        #expect(table.lines.count == 4)
        #expect(table.lines.first?.hasPrefix("id  key  kind  status   attempts  max_attempts  attempt  run_status  started_at            finished_at           worker") == true)
        #expect(table.lines.last?.hasPrefix(" 2  k:1  k     pending         0             3        -  -           -                     -                     -") == true)
        let missing = try ledger("show", ["nope", "--format", "table"])
        #expect(missing.status == 1)
        #expect(missing.stdout == "")
    }

    @Test(arguments: Engine.all) func statsCountsFailuresByError(_ engine: Engine) throws {
        try use(engine)
        for (n, error) in [(1, "timeout: slow"), (2, "timeout: slow"), (3, "dns: no such host")] {
            _ = try ledger("add", ["--kind", n == 3 ? "b" : "a", "--key", "k:\(n)", "--max-attempts", "1"], stdin: "{}\n")
            try attempt(error: error, minute: 2 * n)
        }
        _ = try ledger("add", ["--kind", "a", "--key", "k:4"], stdin: "{}\n")
        try attempt(error: nil, minute: 10)
        let errors = try ledger("stats", ["--errors"])
        #expect(errors.status == 0)
        #expect(errors.stdout == """
            {"kind":"a","last_error":"timeout: slow","jobs":2,"last_failed_at":"2026-11-22T12:05:00Z"}
            {"kind":"b","last_error":"dns: no such host","jobs":1,"last_failed_at":"2026-11-22T12:07:00Z"}

            """)
        #expect(try ledger("stats", ["--errors", "--format", "table"]).stdout == """
            kind  last_error         jobs  last_failed_at
            a     timeout: slow         2  2026-11-22T12:05:00Z
            b     dns: no such host     1  2026-11-22T12:07:00Z

            """)
    }

    /// Not a terminal: --watch prints the report once. On a terminal (script(1)
    /// gives it one) it clears the screen and redraws under a heading.
    @Test(arguments: Engine.all) func watchRedrawsOnlyOnATerminal(_ engine: Engine) throws {
        try use(engine)
        _ = try ledger("add", ["--kind", "k", "--key", "k:1"], stdin: "{}\n")
        let once = try ledger("stats", ["--watch", "--format", "ndjson"], minute: 1)
        #expect(once.status == 0)
        #expect(once.stdout == (try ledger("stats", minute: 1)).stdout)

        let command = "job-ledger stats --db '\(db)' --watch --interval 1s --count 2"
        let tty = try runExecutable(URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"],
                                    environment: ["JOBPIPE_NOW": "2026-11-22T12:01:00Z"])
        #expect(tty.status == 0)
        let screen = "\u{1B}[H\u{1B}[2J" + """
            every 2s: job-ledger stats (\(db))  2026-11-22T12:01:00Z

            kind  pending  running  success  failure  cancelled  total  oldest_pending_at     oldest_pending_age_ms
            k           1        0        0        0          0      1  2026-11-22T12:00:00Z                  60000

            """
        #expect(tty.stdout.replacingOccurrences(of: "\r\n", with: "\n") == (screen + screen).replacingOccurrences(of: "every 2s", with: "every 1s"))
        #expect(try ledger("stats", ["--watch", "--interval", "0"]).status == 64)
    }
}
