import Foundation
import Testing

/// pipelines/discover-contacts: batches through the ledger, resumable after SIGKILL.
@Suite(.serialized) struct DiscoverContactsTests {
    let script = packageRoot.appendingPathComponent("pipelines/discover-contacts").path

    func fetchOptions(_ server: TestServer) -> [String] { ["--", "--delay", "0"] + server.resolve }

    /// What was stored, as `application email kind`.
    func stored(_ db: String) throws -> [String] {
        let export = try run("store-contacts", ["export", "--db", db])
        return try export.lines.map { line in
            let o = try object(line)
            return "\(o["application_id"]!) \(o["email"]!) \(o["kind"]!)"
        }
    }

    @Test func helpAndBadOptions() throws {
        let help = try runExecutable(URL(fileURLWithPath: script), ["--help"])
        #expect(help.status == 0 && help.stdout.hasPrefix("usage: discover-contacts"))
        let bad = try runExecutable(URL(fileURLWithPath: script), ["--batch", "x"])
        #expect(bad.status == 64 && bad.stderr == "discover-contacts: --batch takes a positive number\n")
        let missing = try runExecutable(URL(fileURLWithPath: script), ["--lease"])
        #expect(missing.status == 64 && missing.stderr == "discover-contacts: --lease takes a value\n")
    }

    @Test func batchesRunUntilNoJobIsDueAndARerunChangesNothing() throws {
        let server = try TestServer()
        let tmp = try TempDir()
        let db = tmp.path("j.db")
        let args = ["--db", db, "--batch", "2", "--extract-option", "--allow-placeholders"] + fetchOptions(server)
        let r = try runExecutable(URL(fileURLWithPath: script), args, stdin: try sampleApplications(server))
        #expect(r.status == 0)
        #expect(r.stdout == "")
        #expect(r.stderr == "discover-contacts: 3 applications read\ndiscover-contacts: batches run: 2; pending a retry later: 0; held by other runs: 0\n")
        let first = try stored(db)
        #expect(first.count == 14)
        // Jane Doe, whom the posting names, comes first for an applicant.
        #expect(first.prefix(2) == ["1 jane.doe@acme.example personal", "1 jobs@acme.example role"])

        // The same applications again: their jobs are done, nothing is added twice.
        let again = try runExecutable(URL(fileURLWithPath: script), args, stdin: try sampleApplications(server))
        #expect(again.status == 0)
        #expect(try stored(db) == first)
        let jobs = try run("job-ledger", ["list", "--db", db, "--kind", "contacts"])
        #expect(jobs.lines.count == 3)
    }

    /// The progress line (forced with JOBPIPE_PROGRESS=1, as standard error
    /// is no terminal here): after each batch, done / total and failures, with
    /// the rate and the time left.
    @Test func aProgressLineAfterEachBatch() throws {
        let server = try TestServer()
        let tmp = try TempDir()
        let args = ["--db", tmp.path("j.db"), "--batch", "2", "--extract-option", "--allow-placeholders"] + fetchOptions(server)
        let r = try runExecutable(URL(fileURLWithPath: script), args, stdin: try sampleApplications(server),
                                  environment: ["JOBPIPE_PROGRESS": "1"])
        #expect(r.status == 0)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines.first == "discover-contacts: 3 applications read")
        #expect(lines.dropFirst().first?.hasPrefix("discover-contacts: 2/3 done, 0 failed, ") == true)
        #expect(lines.dropFirst().first?.contains(" jobs/s, ") == true)
        #expect(lines.dropFirst(2).first?.hasPrefix("discover-contacts: 3/3 done, 0 failed, ") == true)
        #expect(lines.dropFirst(2).first?.hasSuffix(" jobs/s, 0s left") == true)
        #expect(lines.last == "discover-contacts: batches run: 2; pending a retry later: 0; held by other runs: 0")
    }

    /// --guess and --check-mx go through to score-contacts; store-contacts keeps guessed and mx.
    @Test func guessAndCheckMXGoThrough() throws {
        let server = try TestServer(root: ScoreContactsPeopleTests.root)
        let dns = try DNSServer(mxDomains: ["vogel-bau.example"])
        let tmp = try TempDir()
        let db = tmp.path("j.db")
        let apps = #"{"application_id":1,"url":"http://vogel-bau.example:\#(server.port)/"}"# + "\n"
        let args = ["--db", db, "--extract-option", "--allow-placeholders", "--guess", "--check-mx", "--dns-server", dns.address,
                    "--", "--delay", "0"] + server.resolve(["vogel-bau.example"])
        let r = try runExecutable(URL(fileURLWithPath: script), args, stdin: apps)
        #expect(r.status == 0, "\(r.stderr)")
        let export = try run("store-contacts", ["export", "--db", db])
        let rows = try export.lines.map(object)
        let sabine = try #require(rows.first { $0["email"] as? String == "sabine.kraemer@vogel-bau.example" })
        #expect(sabine["guessed"] as? Bool == true)
        #expect(sabine["position"] as? String == "Personalreferentin")
        #expect(rows.allSatisfy { $0["mx"] as? Bool == true })
        #expect(rows.filter { $0["guessed"] as? Bool == true }.count == 2)
    }

    @Test func aRunKilledAnywhereIsResumedAndEveryApplicationEndsOnce() throws {
        let server = try TestServer(pause: 0.3)
        let tmp = try TempDir()
        let db = tmp.path("j.db")
        let input = try tmp.file("apps.ndjson", try sampleApplications(server))
        let opts = shellWords(["--db", db, "--batch", "1", "--lease", "2s", "--extract-option", "--allow-placeholders"] + fetchOptions(server))
        // Killed (the whole process group, pipeline and all) while its first batch is in flight.
        let killed = try runExecutable(URL(fileURLWithPath: "/bin/bash"), ["-c", """
            setsid '\(script)' \(opts) < '\(input.path)' 2>/dev/null & pid=$!
            sleep 1.5; kill -9 -- -$pid; wait $pid; echo "killed=$?"
            """], environment: ["TMPDIR": tmp.url.path])  // what the killed run leaves goes with the test
        #expect(killed.stdout == "killed=137\n")
        let resumed = try runExecutable(URL(fileURLWithPath: "/bin/bash"), ["-c", "'\(script)' --until-done \(opts) < '\(input.path)'"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try jobStatuses(db) == ["success", "success", "success"])
        #expect(try stored(db).count == 14)
    }

    /// Ctrl-C hands the batch in hand back: the same command run again a
    /// second later (not --until-done, lease 5 min) takes it up at once.
    @Test func anInterruptedRunHandsItsBatchBack() throws {
        let server = try TestServer(pause: 1)
        let tmp = try TempDir()
        let db = tmp.path("j.db")
        let input = try tmp.file("apps.ndjson", try sampleApplications(server))
        let opts = shellWords(["--db", db, "--batch", "3", "--extract-option", "--allow-placeholders"] + fetchOptions(server))
        // SIGINT to the whole process group, as a terminal's Ctrl-C, once the batch is in
        // flight: its three jobs running (set -m: a job of its own; env: SIGINT not ignored,
        // as the test runner has it). Waiting for that, not for a time, holds under load.
        let interrupted = try runExecutable(URL(fileURLWithPath: "/bin/bash"), ["-c", """
            set -m; env --default-signal=INT '\(script)' \(opts) < '\(input.path)' 2>/dev/null & pid=$!
            for i in $(seq 600); do
              n=$(job-ledger list --db '\(db)' --kind contacts --status running 2>/dev/null | wc -l)
              [ "$n" -eq 3 ] && break; sleep 0.05
            done
            kill -INT -- -$pid; wait $pid; echo "interrupted=$?"
            """], environment: ["TMPDIR": tmp.url.path], timeout: 300)
        #expect(interrupted.stdout == "interrupted=130\n")
        #expect(try jobStatuses(db) == ["running", "running", "running"])
        Thread.sleep(forTimeInterval: 1.1)
        let again = try runExecutable(URL(fileURLWithPath: "/bin/bash"), ["-c", "'\(script)' \(opts) < '\(input.path)'"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.hasSuffix("batches run: 1; pending a retry later: 0; held by other runs: 0\n"), "\(again.stderr)")
        #expect(try jobStatuses(db) == ["success", "success", "success"])
        #expect(try stored(db).count == 14)
    }

    /// --follow never stops: applications added to the ledger while it waits
    /// are taken up at its next poll.
    @Test func followTakesUpJobsAddedLater() throws {
        let server = try TestServer()
        let tmp = try TempDir()
        let db = tmp.path("f.db")
        let input = try tmp.file("apps.ndjson", try sampleApplications(server))
        let opts = shellWords(["--db", db, "--follow", "0.2", "--extract-option", "--allow-placeholders"] + fetchOptions(server))
        let r = try runExecutable(URL(fileURLWithPath: "/bin/bash"), ["-c", """
            env --default-signal '\(script)' \(opts) < /dev/null 2>/dev/null & pid=$!
            sleep 0.5
            job-ledger add --db '\(db)' --kind contacts --key-field application_id < '\(input.path)' > /dev/null
            for i in $(seq 100); do
              n=$(job-ledger list --db '\(db)' --kind contacts --status success | wc -l)
              [ "$n" -eq 3 ] && break; sleep 0.1
            done
            # TERM ends it (env: not ignored, as the test runner has it); never hang the test.
            kill $pid
            for i in $(seq 50); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done
            ended=$(kill -0 $pid 2>/dev/null && echo no || echo yes)
            kill -9 $pid 2>/dev/null; wait $pid
            echo "success=$n ended-on-TERM=$ended"
            """])
        #expect(r.stdout == "success=3 ended-on-TERM=yes\n", "\(r.stderr)")
        #expect(try stored(db).count == 14)
    }
}
