import Foundation
import Testing

/// `make install` (its copying half, install-files, from the test build):
/// programs, man pages, completions for three shells, the pipelines as
/// jobpipe-NAME; and `make uninstall` takes them all away again.
@Suite struct InstallTests {
    @Test func installAndUninstallUnderDestdir() throws {
        let tmp = try TempDir()
        let root = tmp.path("root")
        let make = ["-s", "-C", packageRoot.path, "DESTDIR=\(root)", "PREFIX=/usr", "RELEASE_BIN=\(binDir.path)"]
        let installed = try runExecutable(URL(fileURLWithPath: "/usr/bin/env"), ["make"] + make + ["install-files"])
        #expect(installed.status == 0, "\(installed.stderr)")
        let fm = FileManager.default
        for program in ["fetch-page", "extract-emails", "score-contacts", "analyze-job", "store-contacts", "job-ledger"] {
            #expect(fm.isExecutableFile(atPath: root + "/usr/bin/" + program), "\(program)")
            #expect(fm.fileExists(atPath: root + "/usr/share/man/man1/\(program).1"))
            for completion in ["bash-completion/completions/\(program)", "zsh/site-functions/_\(program)",
                               "fish/vendor_completions.d/\(program).fish"] {
                let text = try String(contentsOfFile: root + "/usr/share/" + completion, encoding: .utf8)
                #expect(text.contains(program) && text.contains("strict"), "\(completion)")
            }
        }
        #expect(fm.fileExists(atPath: root + "/usr/share/man/man7/jobpipe.7"))
        for pipeline in ["discover-contacts", "analyze-postings", "batch-parallel"] {
            let help = try runExecutable(URL(fileURLWithPath: root + "/usr/bin/jobpipe-" + pipeline), ["--help"])
            #expect(help.status == 0 && help.stdout.hasPrefix("usage: \(pipeline)"), "\(pipeline)")
        }
        #expect(!fm.fileExists(atPath: root + "/usr/bin/jobpipe-demo"))

        let removed = try runExecutable(URL(fileURLWithPath: "/usr/bin/env"), ["make"] + make + ["uninstall"])
        #expect(removed.status == 0, "\(removed.stderr)")
        let left = fm.enumerator(atPath: root)?.compactMap { $0 as? String }.filter {
            var isDir: ObjCBool = false
            return fm.fileExists(atPath: root + "/" + $0, isDirectory: &isDir) && !isDir.boolValue
        } ?? []
        #expect(left == [])
    }
}
