import Foundation
import Testing

/// Many worker processes claiming and finishing one ledger's jobs at once.
@Suite struct JobLedgerConcurrencyTests {
    /// How many jobs the workers share: 2,000, or `JOBPIPE_STRESS_JOBS`.
    static let jobCount = ProcessInfo.processInfo.environment["JOBPIPE_STRESS_JOBS"].flatMap(Int.init) ?? 2000

    /// 16 workers (`xargs -P 16`) claim and finish the jobs; every seventh
    /// fails on each attempt. Every job ends exactly once (success, or
    /// failure after its 3 attempts), its attempts match its runs, and no
    /// attempt was handed to two workers: every (id, attempt) claimed is
    /// distinct and has its own run, and no finish was refused.
    @Test(arguments: Engine.all) func sixteenWorkersFinishEveryJobExactlyOnce(_ engine: Engine) throws {
        let tmp = try TempDir()
        let database = try TestDatabase(engine, in: tmp)
        let db = database.target
        let n = Self.jobCount
        let input = (1...n).map { i in
            i % 7 == 0 ? "{\"n\":\(i),\"error\":{\"code\":\"boom\"}}" : "{\"n\":\(i)}"
        }.joined(separator: "\n") + "\n"
        let added = try run("job-ledger", ["add", "--db", db, "--kind", "k", "--key-field", "n"], stdin: input)
        #expect(added.status == 0)
        let worker = try tmp.file("worker.sh", """
            while out=$(job-ledger claim --db "$1" --limit 10 --lease 10m) && [ -n "$out" ]; do
              printf '%s\\n' "$out" >> "$2/claims.$$"
              printf '%s\\n' "$out" | job-ledger finish --db "$1" --backoff-base 0 > /dev/null || exit 1
            done

            """)
        let script = "seq 16 | xargs -P 16 -n 1 bash \(worker.path) \(db) \(tmp.url.path)"
        let r = try runExecutable(URL(fileURLWithPath: "/bin/bash"), ["-c", script])
        #expect(r.status == 0)
        #expect(r.stderr == "")

        let claims = try FileManager.default.contentsOfDirectory(atPath: tmp.url.path)
            .filter { $0.hasPrefix("claims.") }
            .flatMap { try String(contentsOfFile: tmp.path($0), encoding: .utf8).split(separator: "\n") }
            .map { line -> String in
                let job = try object(String(line))["job"] as? [String: Any]
                return "\(job?["id"] as? Int ?? 0)/\(job?["attempt"] as? Int ?? 0)"
            }
        let failing = n / 7
        let runs = (n - failing) + 3 * failing
        #expect(claims.count == runs)
        #expect(Set(claims).count == claims.count)

        let check = try database.sql("""
            SELECT status, attempts, count(*) FROM jobs GROUP BY status, attempts ORDER BY status, attempts;
            SELECT count(*) FROM jobs j WHERE attempts <> (SELECT count(*) FROM runs r WHERE r.job_id = j.id);
            SELECT status, count(*) FROM runs GROUP BY status ORDER BY status;
            SELECT count(*) FROM jobs WHERE (status = 'failure') <> (CAST(substr(key, 3) AS INTEGER) % 7 = 0);
            """)
        #expect(check == """
            failure|3|\(failing)
            success|1|\(n - failing)
            0
            failure|\(3 * failing)
            success|\(n - failing)
            0

            """)
    }

    /// 16 workers share the jobs with real leases (2 s), and every batch that
    /// holds the first attempt of a job whose number ends in 00 is killed
    /// with SIGKILL after finishing half its jobs: the rest wait out their
    /// lease and are taken again. Every job succeeds exactly once (one
    /// successful run each), its attempts match its runs, nothing is lost,
    /// and the killed batches' jobs show a `lease_expired` run. A worker that
    /// was slow past its lease has its finish refused, which is right; so the
    /// jobs get many attempts, not the default three.
    @Test(arguments: Engine.all) func sixteenWorkersKilledMidBatchLoseNothing(_ engine: Engine) throws {
        let tmp = try TempDir()
        let database = try TestDatabase(engine, in: tmp)
        let db = database.target
        let n = Self.jobCount
        let input = (1...n).map { "{\"n\":\($0)}" }.joined(separator: "\n") + "\n"
        let added = try run("job-ledger", ["add", "--db", db, "--kind", "k", "--key-field", "n", "--max-attempts", "100"],
                            stdin: input)
        #expect(added.status == 0)
        // One batch: exit 3 when nothing is left to claim or waiting on a lease.
        let batch = try tmp.file("batch.sh", """
            out=$(job-ledger claim --db "$1" --limit 10 --lease 2s) || exit 1
            if [ -z "$out" ]; then
              left=$(job-ledger list --db "$1" --status running; job-ledger list --db "$1" --status pending) || exit 1
              [ -z "$left" ] && exit 3
              sleep 0.2
              exit 0
            fi
            if printf '%s\\n' "$out" | grep -q '"n":[0-9]*00,"job":{[^}]*"attempt":1}'; then
              printf '%s\\n' "$out" | head -n 5 | job-ledger finish --db "$1" > /dev/null
              kill -9 $$
            fi
            printf '%s\\n' "$out" | job-ledger finish --db "$1" > /dev/null
            exit 0

            """)
        let worker = try tmp.file("worker.sh", """
            while :; do
              bash "$1" "$2"
              case $? in 3) exit 0 ;; 1) exit 1 ;; esac
            done

            """)
        let script = "seq 16 | xargs -P 16 -n 1 sh -c 'exec bash \"$0\" \"$1\" \"$2\"' \(worker.path) \(batch.path) \(db)"
        let r = try runExecutable(URL(fileURLWithPath: "/bin/bash"), ["-c", script], timeout: 900)
        #expect(r.status == 0)
        #expect(!r.hung)
        let check = try database.sql("""
            SELECT status, count(*) FROM jobs GROUP BY status ORDER BY status;
            SELECT count(*) FROM jobs j WHERE attempts <> (SELECT count(*) FROM runs r WHERE r.job_id = j.id);
            SELECT count(*), count(DISTINCT job_id) FROM runs WHERE status = 'success';
            SELECT count(*) FROM runs WHERE status = 'running';
            """)
        #expect(check == """
            success|\(n)
            0
            \(n)|\(n)
            0

            """)
        let expired = Int(try database.sql("SELECT count(*) FROM runs WHERE status = 'lease_expired'")
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        #expect(expired > 0)
    }

    /// 8 processes claim 25 each from 200 jobs at the same moment: every job is handed out exactly once.
    @Test(arguments: Engine.all) func concurrentClaimsNeverShareAJob(_ engine: Engine) throws {
        let tmp = try TempDir()
        let database = try TestDatabase(engine, in: tmp)
        let db = database.target
        let jobs = (1...200).map { "{\"n\":\($0)}" }.joined(separator: "\n") + "\n"
        let added = try run("job-ledger", ["add", "--db", db, "--kind", "k", "--key-field", "n"], stdin: jobs)
        #expect(added.lines.count == 200)
        let script = """
            seq 8 | xargs -P 8 -I{} sh -c 'job-ledger claim --db "$1" --kind k --limit 25 --lease 10m > "$2/out.{}"' sh \(db) \(tmp.url.path)
            cat \(tmp.url.path)/out.*
            """
        let r = try runExecutable(URL(fileURLWithPath: "/bin/bash"), ["-c", script])
        #expect(r.stderr == "")
        let ids = try r.lines.map { try object($0)["job"] as? [String: Any] }.compactMap { $0?["id"] as? Int }
        #expect(ids.count == 200)
        #expect(Set(ids) == Set(1...200))
    }
}
