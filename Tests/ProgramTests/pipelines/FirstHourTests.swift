import Foundation
import Testing

/// README's "Your first hour", step by step, against the sample sites: the CSV
/// conversion is taken from README.md itself, so the two cannot drift apart.
@Suite struct FirstHourTests {
    /// The README's CSV-to-NDJSON command (the two lines that start `python3 -c`).
    func conversionCommand() throws -> String {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let i = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("python3 -c 'import csv") })
        return lines[i...i + 1].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
    }

    @Test func fromACSVToATableOfContacts() throws {
        let server = try TestServer()
        let tmp = try TempDir()
        let env = ["JOBPIPE_DB": tmp.path("jobpipe.db")]
        _ = try tmp.file("applications.csv", """
            application_id,company,url
            1,Acme Robotics,http://acme.example:\(server.port)/
            2,"Globex, Logistik",http://globex.example:\(server.port)/
            3,Initech,http://initech.example:\(server.port)/jobs/42.html

            """)
        let convert = try runExecutable(URL(fileURLWithPath: "/bin/bash"), ["-c", try conversionCommand()], in: tmp.url)
        #expect(convert.status == 0 && convert.stderr == "")
        let ndjson = try String(contentsOfFile: tmp.path("applications.ndjson"), encoding: .utf8)
        #expect(ndjson.split(separator: "\n").first == #"{"application_id": "1", "company": "Acme Robotics", "url": "http://acme.example:\#(server.port)/"}"#)
        #expect(ndjson.contains(#""company": "Globex, Logistik""#))

        // Step 3, with what the sample sites need (.example names on 127.0.0.1).
        let script = packageRoot.appendingPathComponent("pipelines/discover-contacts").path
        let found = try runExecutable(URL(fileURLWithPath: script),
                                      ["--extract-option", "--allow-placeholders", "--", "--contact", "mailto:you@example.org", "--delay", "0"] + server.resolve,
                                      stdin: ndjson, environment: env, in: tmp.url)
        #expect(found.status == 0, "\(found.stderr)")

        // Steps 4 and 5.
        let table = try run("store-contacts", ["export", "--format", "table"], environment: env)
        #expect(table.lines.count == 15)
        let one = try run("store-contacts", ["export", "--application", "2", "--format", "csv"], environment: env)
        #expect(one.lines.count == 5)
        let stats = try run("job-ledger", ["stats", "--format", "table"], environment: env)
        #expect(stats.lines.last?.hasPrefix("contacts        0        0        3        0") == true)
        let failed = try run("job-ledger", ["list", "--status", "failure", "--format", "table"], environment: env)
        #expect(failed.status == 0)
        let retry = try run("job-ledger", ["retry"], environment: env)
        #expect(retry.status == 0)
        let ua = try server.requests().compactMap { $0["ua"] as? String }
        #expect(ua.allSatisfy { $0 == "jobpipe-fetch-page/0.1.0 (+mailto:you@example.org)" } && !ua.isEmpty)
    }
}
