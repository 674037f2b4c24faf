import Foundation
import Testing

/// JOBPIPE_NOW: every program reads it the same way; a value that is not an
/// RFC 3339 time is a usage error (status 64) before any input is read.
@Suite struct ClockEnvironmentTests {
    @Test(arguments: [["fetch-page"], ["extract-emails"], ["score-contacts"], ["analyze-job"],
                      ["store-contacts"], ["store-contacts", "export"], ["job-ledger", "list"], ["job-ledger", "finish"]])
    func aBadNowIsAUsageError(_ command: [String]) throws {
        let tmp = try TempDir()
        let r = try run(command[0], Array(command.dropFirst()) + (command[0] == "job-ledger" || command[0] == "store-contacts" ? ["--db", tmp.path("j.db")] : []),
                        stdin: "{\"url\":\"https://a.example/\"}\n", environment: ["JOBPIPE_NOW": "yesterday"])
        #expect(r.status == 64)
        #expect(r.stdout == "")
        #expect(r.stderr.hasPrefix("Error: JOBPIPE_NOW: not an RFC 3339 time: 'yesterday'\n"))
        #expect(!FileManager.default.fileExists(atPath: tmp.path("j.db")))
    }

    @Test func anEmptyNowMeansTheClock() throws {
        let tmp = try TempDir()
        let r = try run("job-ledger", ["add", "--db", tmp.path("j.db"), "--kind", "k", "--key", "k"],
                        stdin: "{}\n", environment: ["JOBPIPE_NOW": ""])
        #expect(r.status == 0)
    }
}
