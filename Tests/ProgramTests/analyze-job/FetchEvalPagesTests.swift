import Foundation
import Testing

/// scripts/fetch-eval-pages on a two-page manifest whose pages stand under a
/// file:// base laid out as GitHub's raw files are (REPO/COMMIT/PATH): the page
/// whose sha256 matches is written, the one that differs is named and left out.
@Suite struct FetchEvalPagesTests {
    @Test func fetchesCheckedPagesAndNamesTheOthers() throws {
        let base = try TempDir()
        let commit = String(repeating: "a", count: 40)
        try FileManager.default.createDirectory(at: base.url.appendingPathComponent("acme/site/\(commit)/jobs"),
                                                withIntermediateDirectories: true)
        let page = "<html><head><title>Data Engineer</title></head><body><h1>Data Engineer</h1></body></html>\n"
        _ = try base.file("acme/site/\(commit)/jobs/data engineer.html", page)
        _ = try base.file("acme/site/\(commit)/jobs/other.html", "<html>changed since</html>\n")
        let sha = "e2b7d6b2a3a0b6d0ee1b3b1d5c6f4f1ca2d9d0f5f1b7c0e0f8e9d7c6b5a4f3e2"  // not the changed page's
        let set = try TempDir()
        let digest = try runExecutable(URL(fileURLWithPath: "/usr/bin/sha256sum"), [base.url.appendingPathComponent("acme/site/\(commit)/jobs/data engineer.html").path])
        let good = String(digest.stdout.prefix(64))
        _ = try set.file("manifest.tsv", """
            id\trepo\tpath\tcommit\tsha256\tlang\tkind\tstructured_data
            001\tacme/site\tjobs/data engineer.html\t\(commit)\t\(good)\ten\temployer-site\tnone
            002\tacme/site\tjobs/other.html\t\(commit)\t\(sha)\ten\temployer-site\tnone

            """)
        _ = try set.file("truth.ndjson", "{\"id\": \"001\", \"title\": \"Data Engineer\"}\n")
        let dest = try TempDir()
        let r = try runExecutable(packageRoot.appendingPathComponent("scripts/fetch-eval-pages"),
                                  ["--base", base.url.absoluteString, set.url.path, dest.url.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("002:") && r.stderr.contains("sha256 differs") && !r.stderr.contains("001:"), "\(r.stderr)")
        #expect(try String(contentsOf: dest.url.appendingPathComponent("pages/001.html"), encoding: .utf8) == page)
        #expect(!FileManager.default.fileExists(atPath: dest.url.appendingPathComponent("pages/002.html").path))
        #expect(FileManager.default.fileExists(atPath: dest.url.appendingPathComponent("truth.ndjson").path))
        // a set with no manifest is bad usage
        let none = try runExecutable(packageRoot.appendingPathComponent("scripts/fetch-eval-pages"), [dest.url.path + "/nothing", dest.url.path])
        #expect(none.status == 64 && none.stderr.contains("no such file"))
    }

    /// --git reads the pages from local copies of the repositories, {owner} and {name} in
    /// its template naming each one's git directory: the page of the commit the manifest
    /// states, not the newest; a repository that is not there is named.
    @Test func readsPagesFromLocalGitCopies() throws {
        let copies = try TempDir()
        let work = copies.url.appendingPathComponent("acme+site").path
        let git = { (args: [String]) throws -> String in
            let r = try runExecutable(URL(fileURLWithPath: "/usr/bin/git"),
                                      ["-C", work, "-c", "user.name=t", "-c", "user.email=t@example.org"] + args)
            #expect(r.status == 0, "\(r.stderr)")
            return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        try FileManager.default.createDirectory(atPath: work + "/jobs", withIntermediateDirectories: true)
        _ = try runExecutable(URL(fileURLWithPath: "/usr/bin/git"), ["init", "-q", work])
        let page = "<html><title>Data Engineer</title><h1>Data Engineer</h1></html>\n"
        try page.write(toFile: work + "/jobs/data.html", atomically: true, encoding: .utf8)
        _ = try git(["add", "."]); _ = try git(["commit", "-qm", "first"])
        let commit = try git(["rev-parse", "HEAD"])
        try "<html>changed since</html>\n".write(toFile: work + "/jobs/data.html", atomically: true, encoding: .utf8)
        _ = try git(["commit", "-qam", "second"])
        let digest = try runExecutable(URL(fileURLWithPath: "/usr/bin/sha256sum"), ["-"], stdin: page)
        let set = try TempDir()
        _ = try set.file("manifest.tsv", """
            id\trepo\tpath\tcommit\tsha256\tlang\tkind\tstructured_data
            001\tacme/site\tjobs/data.html\t\(commit)\t\(digest.stdout.prefix(64))\ten\temployer-site\tnone
            002\tnobody/else\tjobs/data.html\t\(commit)\t\(digest.stdout.prefix(64))\ten\temployer-site\tnone

            """)
        let dest = try TempDir()
        let r = try runExecutable(packageRoot.appendingPathComponent("scripts/fetch-eval-pages"),
                                  ["--git", copies.url.path + "/{owner}+{name}", set.url.path, dest.url.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("002: ") && r.stderr.contains("nobody+else") && !r.stderr.contains("001:"), "\(r.stderr)")
        #expect(try String(contentsOf: dest.url.appendingPathComponent("pages/001.html"), encoding: .utf8) == page)
    }
}
