import Foundation
import Testing

/// Every man page is clean under `mandoc -Tlint -W warning`.
@Suite struct ManPageTests {
    @Test func manPagesLintClean() throws {
        let man = packageRoot.appendingPathComponent("man")
        let pages = try FileManager.default.contentsOfDirectory(atPath: man.path).filter { $0.hasSuffix(".1") || $0.hasSuffix(".7") }.sorted()
        #expect(pages == ["analyze-job.1", "extract-emails.1", "fetch-page.1", "find-postings.1", "job-ledger.1", "jobpipe.7",
                          "score-contacts.1", "store-contacts.1"])
        guard let mandoc = ["/usr/bin/mandoc", "/usr/local/bin/mandoc"].first(where: FileManager.default.isExecutableFile) else {
            print("ManPageTests: mandoc not installed; run make test (it installs it)")
            return
        }
        for page in pages {
            let r = try runExecutable(URL(fileURLWithPath: mandoc), ["-Tlint", "-W", "warning", man.appendingPathComponent(page).path])
            #expect(r.status == 0 && r.stdout == "" && r.stderr == "", "\(page): \(r.stdout)\(r.stderr)")
        }
    }
}
