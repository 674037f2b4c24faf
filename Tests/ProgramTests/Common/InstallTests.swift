import Foundation
import Testing

/// `make install` (its copying half, install-files, from the test build):
/// programs, man pages, completions for three shells, the pipelines as
/// jobpipe-NAME with the shell they share in share/jobpipe, where they find it
/// (through a symlink too); and `make uninstall` takes them all away again.
@Suite struct InstallTests {
    @Test func installAndUninstallUnderDestdir() throws {
        let tmp = try TempDir()
        let root = tmp.path("root")
        let make = ["-s", "-C", packageRoot.path, "DESTDIR=\(root)", "PREFIX=/usr", "RELEASE_BIN=\(binDir.path)"]
        let installed = try runExecutable(URL(fileURLWithPath: "/usr/bin/env"), ["make"] + make + ["install-files"])
        #expect(installed.status == 0, "\(installed.stderr)")
        let fm = FileManager.default
        for program in ["fetch-page", "extract-emails", "score-contacts", "analyze-job", "store-contacts", "job-ledger", "find-postings"] {
            #expect(fm.isExecutableFile(atPath: root + "/usr/bin/" + program), "\(program)")
            #expect(fm.fileExists(atPath: root + "/usr/share/man/man1/\(program).1"))
            for completion in ["bash-completion/completions/\(program)", "zsh/site-functions/_\(program)",
                               "fish/vendor_completions.d/\(program).fish"] {
                let text = try String(contentsOfFile: root + "/usr/share/" + completion, encoding: .utf8)
                #expect(text.contains(program) && text.contains("strict"), "\(completion)")
            }
        }
        #expect(fm.fileExists(atPath: root + "/usr/share/man/man7/jobpipe.7"))
        for pipeline in ["discover-contacts", "analyze-postings", "batch-parallel", "scout-postings"] {
            let help = try runExecutable(URL(fileURLWithPath: root + "/usr/bin/jobpipe-" + pipeline), ["--help"])
            #expect(help.status == 0 && help.stdout.hasPrefix("usage: \(pipeline)"), "\(pipeline)")
        }
        #expect(!fm.fileExists(atPath: root + "/usr/bin/jobpipe-demo"))
        #expect(fm.fileExists(atPath: root + "/usr/share/jobpipe/pipeline.sh"))
        let commands = try fm.contentsOfDirectory(atPath: root + "/usr/bin").filter { $0.hasPrefix("jobpipe-") }.sorted()
        #expect(commands == ["jobpipe-analyze-postings", "jobpipe-batch-parallel", "jobpipe-discover-contacts", "jobpipe-scout-postings"])

        // An installed pipeline runs with the installed programs, far from the
        // repository's pipelines/lib, and through a symlink from elsewhere.
        let env = ["PATH": root + "/usr/bin:" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")]
        let ran = try runExecutable(URL(fileURLWithPath: root + "/usr/bin/jobpipe-discover-contacts"),
                                    ["--db", tmp.path("j.db")], environment: env, in: tmp.url)
        #expect(ran.status == 0 && ran.stdout == "", "\(ran.stderr)")
        #expect(ran.stderr == "discover-contacts: 0 applications read\ndiscover-contacts: batches run: 0; pending a retry later: 0; held by other runs: 0\n")
        try fm.createDirectory(atPath: tmp.path("links"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: tmp.path("links/postings"), withDestinationPath: root + "/usr/bin/jobpipe-analyze-postings")
        let linked = try runExecutable(URL(fileURLWithPath: tmp.path("links/postings")), ["--help"], environment: env)
        #expect(linked.status == 0 && linked.stdout.hasPrefix("usage: analyze-postings"), "\(linked.stderr)")

        let removed = try runExecutable(URL(fileURLWithPath: "/usr/bin/env"), ["make"] + make + ["uninstall"])
        #expect(removed.status == 0, "\(removed.stderr)")
        let left = fm.enumerator(atPath: root)?.compactMap { $0 as? String }.filter {
            var isDir: ObjCBool = false
            return fm.fileExists(atPath: root + "/" + $0, isDirectory: &isDir) && !isDir.boolValue
        } ?? []
        #expect(left == [])
    }
}
