import Foundation
import Testing

/// Whether GNU parallel answers on the PATH (make deps installs it).
let gnuParallel: Bool = {
    guard let r = try? runExecutable(URL(fileURLWithPath: "/usr/bin/env"), ["parallel", "--version"]) else { return false }
    return r.status == 0 && r.stdout.hasPrefix("GNU parallel")
}()

/// pipelines/batch-parallel: the contact pipeline's middle under GNU parallel,
/// locally and through --sshlogin (a local stand-in for ssh).
@Suite(.serialized) struct BatchParallelTests {
    let script = packageRoot.appendingPathComponent("pipelines/batch-parallel").path
    let serial = packageRoot.appendingPathComponent("pipelines/discover-contacts").path

    func fetchOptions(_ server: TestServer) -> [String] { ["--", "--delay", "0"] + server.resolve }

    /// What was stored, whole, less the times of the run.
    func stored(_ db: String) throws -> [String] {
        try run("store-contacts", ["export", "--db", db]).lines.map {
            $0.replacingOccurrences(of: #","(created|updated)_at":"[^"]*""#, with: "", options: .regularExpression)
        }
    }

    func requireParallel() throws {
        try #require(gnuParallel, "GNU parallel is not installed: make deps (Debian package parallel)")
    }

    @Test func helpAndBadOptions() throws {
        let help = try runExecutable(URL(fileURLWithPath: script), ["--help"])
        #expect(help.status == 0 && help.stdout.hasPrefix("usage: batch-parallel"))
        for zero in ["0", "00", "-1", "2x"] {
            let bad = try runExecutable(URL(fileURLWithPath: script), ["--jobs", zero])
            #expect(bad.status == 64 && bad.stderr == "batch-parallel: --jobs takes a positive number\n")
        }
        let missing = try runExecutable(URL(fileURLWithPath: script), ["--sshlogin"])
        #expect(missing.status == 64 && missing.stderr == "batch-parallel: --sshlogin takes a value\n")
    }

    @Test func withoutGNUParallelItSaysSoAndStops() throws {
        // A PATH with bash and nothing else.
        let tmp = try TempDir()
        let bin = tmp.path("bin")
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: bin + "/bash", withDestinationPath: "/bin/bash")
        let r = try runExecutable(URL(fileURLWithPath: script), [], environment: ["PATH": bin])
        #expect(r.status == 69)
        #expect(r.stderr == "batch-parallel: needs GNU parallel (Debian: apt-get install parallel)\n")
    }

    @Test func storesExactlyWhatDiscoverContactsStores() throws {
        try requireParallel()
        let server = try TestServer()
        let tmp = try TempDir()
        let common = ["--extract-option", "--allow-placeholders"] + fetchOptions(server)
        let r = try runExecutable(URL(fileURLWithPath: script), ["--db", tmp.path("p.db"), "--batch", "3", "--jobs", "2"] + common,
                                  stdin: try sampleApplications(server))
        #expect(r.status == 0)
        #expect(r.stdout == "")
        #expect(r.stderr == "batch-parallel: 3 applications read\nbatch-parallel: batches run: 1; pending a retry later: 0; held by other runs: 0\n")
        let s = try runExecutable(URL(fileURLWithPath: serial), ["--db", tmp.path("s.db"), "--batch", "2"] + common,
                                  stdin: try sampleApplications(server))
        #expect(s.status == 0)
        let parallel = try stored(tmp.path("p.db"))
        #expect(parallel.count == 14)
        #expect(parallel == (try stored(tmp.path("s.db"))))
        #expect(try jobStatuses(tmp.path("p.db")) == ["success", "success", "success"])
    }

    @Test func aRunKilledAnywhereIsResumedAndEveryApplicationEndsOnce() throws {
        try requireParallel()
        let server = try TestServer(pause: 0.3)
        let tmp = try TempDir()
        let db = tmp.path("j.db")
        let input = try tmp.file("apps.ndjson", try sampleApplications(server))
        let opts = shellWords(["--db", db, "--batch", "2", "--jobs", "2", "--lease", "2s", "--extract-option", "--allow-placeholders"]
            + fetchOptions(server))
        // Killed (the whole process group: the script, parallel and the parts) while a batch is in flight.
        let killed = try runExecutable(URL(fileURLWithPath: "/bin/bash"), ["-c", """
            setsid '\(script)' \(opts) < '\(input.path)' 2>/dev/null & pid=$!
            sleep 1.5; kill -9 -- -$pid; wait $pid; echo "killed=$?"
            """], environment: ["TMPDIR": tmp.url.path])  // what the killed run leaves goes with tmp
        #expect(killed.stdout == "killed=137\n")
        let resumed = try runExecutable(URL(fileURLWithPath: "/bin/bash"), ["-c", "'\(script)' --until-done \(opts) < '\(input.path)'"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try jobStatuses(db) == ["success", "success", "success"])
        #expect(try stored(db).count == 14)
    }

    /// --sshlogin, with parallel's --ssh pointed at a stand-in that drops the
    /// host and runs what it is given with bash -c here, as sshd would there:
    /// parallel's remote wrapper, its quoting and the data over the "ssh"
    /// connection are all the real ones.
    @Test func theMiddleRunsThroughSshAndOptionsSurviveTheQuoting() throws {
        try requireParallel()
        let server = try TestServer()
        let tmp = try TempDir()
        let log = tmp.path("ssh.log")
        let ssh = try tmp.file("ssh", sshStandIn(log: log))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: ssh.path)
        // Everything a shell or parallel could take for its own.
        let agent = #"it's "quoted" $HOME `id` {} {#} \ ; | *"#
        let common = ["--extract-option", "--allow-placeholders", "--", "--delay", "0", "--user-agent", agent] + server.resolve
        let r = try runExecutable(URL(fileURLWithPath: script),
                                  ["--db", tmp.path("p.db"), "--batch", "3", "--jobs", "1", "--sshlogin", "host1,host2",
                                   "--parallel-option", "--ssh=\(ssh.path)"] + common,
                                  stdin: try sampleApplications(server),
                                  environment: ["SHELL": ""])  // as under CI: no login shell to take
        #expect(r.status == 0, "\(r.stderr)")
        // Three records over two logins, one part each: two parts, so two ssh sessions.
        let hosts = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        #expect(hosts.count == 2)
        #expect(Set(hosts).isSubset(of: ["host1", "host2"]))
        let requests = try server.requests()
        #expect(!requests.isEmpty)
        #expect(requests.allSatisfy { $0["ua"] as? String == agent })
        let s = try runExecutable(URL(fileURLWithPath: serial), ["--db", tmp.path("s.db")] + common, stdin: try sampleApplications(server))
        #expect(s.status == 0)
        #expect(try stored(tmp.path("p.db")).count == 14)
        #expect(try stored(tmp.path("p.db")) == (try stored(tmp.path("s.db"))))
    }

    /// A middle that never ran (an "ssh" that takes the part and runs
    /// nothing, with parallel content) stops the run with the count; the
    /// jobs stay claimed until their lease ends, then are taken again.
    @Test func aBatchLostInTheMiddleStopsTheRun() throws {
        try requireParallel()
        let server = try TestServer()
        let tmp = try TempDir()
        let ssh = try tmp.file("ssh", "#!/bin/sh\ncat > /dev/null\nexit 0\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: ssh.path)
        let r = try runExecutable(URL(fileURLWithPath: script),
                                  ["--db", tmp.path("p.db"), "--batch", "3", "--lease", "1m", "--sshlogin", "host1",
                                   "--parallel-option", "--ssh=\(ssh.path)"] + fetchOptions(server),
                                  stdin: try sampleApplications(server))
        #expect(r.status == 1)
        #expect(r.stderr == """
            batch-parallel: 3 applications read
            batch-parallel: only 0 of the 3 jobs of batch 1 came back from the middle; stopping (the rest are claimed again when their lease of 1m ends)

            """)
        #expect(try jobStatuses(tmp.path("p.db")) == ["running", "running", "running"])
    }

    /// Records far larger than the 4 KiB a pipe writes whole (each carries a
    /// 64 KiB field of its own) come through the parts intact and unmixed.
    @Test func largeRecordsDoNotInterleave() throws {
        try requireParallel()
        let server = try TestServer()
        let tmp = try TempDir()
        let padding = String(repeating: "notes about this application, ", count: 2200)
        let apps = try sampleApplications(server).split(separator: "\n").map {
            String($0.dropLast()) + ", \"notes\": \"\(padding)\"}"
        }.joined(separator: "\n") + "\n"
        let r = try runExecutable(URL(fileURLWithPath: script),
                                  ["--db", tmp.path("p.db"), "--batch", "3", "--jobs", "3", "--extract-option", "--allow-placeholders"]
                                  + fetchOptions(server), stdin: apps)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try stored(tmp.path("p.db")).count == 14)
        #expect(try jobStatuses(tmp.path("p.db")) == ["success", "success", "success"])
    }
}
