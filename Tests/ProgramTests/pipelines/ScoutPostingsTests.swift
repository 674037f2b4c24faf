import Foundation
import Testing

/// pipelines/scout-postings: companies in, their new and changed postings
/// matched and ranked out, tracked in the database across runs.
@Suite struct ScoutPostingsTests {
    let script = URL(fileURLWithPath: packageRoot.appendingPathComponent("pipelines/scout-postings").path)

    @Test func helpAndBadOptions() throws {
        let help = try runExecutable(script, ["--help"])
        #expect(help.status == 0 && help.stdout.hasPrefix("usage: scout-postings"))
        let missing = try runExecutable(script, [])
        #expect(missing.status == 64 && missing.stderr == "scout-postings: --profile FILE is required\n")
        let follow = try runExecutable(script, ["--profile", "p", "--follow", "5m"])
        #expect(follow.status == 64)
    }

    @Test func newThenChangedPostingsRanked() throws {
        let route = "boards-api.greenhouse.io/v1/boards/acme/jobs?content=true"
        let server = try FeedServer(routes: [route: fixtureRoute("greenhouse-acme-1.json")])
        let tmp = try TempDir()
        let db = tmp.path("scout.db")
        let profile = try tmp.file("profile.txt", "I build systems with Kubernetes, Python, Terraform and SQL.\n")
        let args = ["--profile", profile.path, "--db", db, "--format", "csv", "--", "--delay", "0"] + server.options
        let input = #"{"company":"Acme","url":"https://boards.greenhouse.io/acme"}"# + "\n"
        let first = try runExecutable(script, args, stdin: input, environment: ["TMPDIR": tmp.url.path], timeout: 120)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.lines == [
            "score,title,company,location,remote,salary,matching_skills,missing_skills,url",
            #"75,Platform Engineer,Acme,Remote - US,true,,"Kubernetes, Terraform, Python",AWS,https://job-boards.greenhouse.io/acme/jobs/101"#,
            "50,Data Analyst,Acme,New York,false,,SQL,dbt,https://job-boards.greenhouse.io/acme/jobs/103",
            "0,iOS Developer,Acme,Hybrid - Boston,false,140000–170000 USD/year,,\"Swift, SwiftUI\",https://job-boards.greenhouse.io/acme/jobs/102",
        ])
        #expect(first.stderr == "scout-postings: 1 companies read\nscout-postings: batches run: 1; pending a retry later: 0; held by other runs: 0\n")
        // The next day: one posting changed; only it is reported.
        try server.setRoutes([route: fixtureRoute("greenhouse-acme-2.json")])
        let second = try runExecutable(script, args, stdin: input, environment: ["TMPDIR": tmp.url.path], timeout: 120)
        #expect(second.status == 0)
        #expect(second.lines.count == 2)
        #expect(second.lines[1].contains("iOS Developer"))
        #expect(!FileManager.default.fileExists(atPath: db + ".scout-postings.ndjson"))
        // Run again with nothing new: an empty report, the board read again.
        let third = try runExecutable(script, args, stdin: input, environment: ["TMPDIR": tmp.url.path], timeout: 120)
        #expect(third.lines == ["score,title,company,location,remote,salary,matching_skills,missing_skills,url"])
        #expect(try server.requests().count == 3)
    }

    /// A run interrupted after a batch: its postings wait beside the
    /// database, and the next run (without input) reports them with its own.
    @Test func anInterruptedRunIsReportedByTheNext() throws {
        let server = try FeedServer(routes: [
            "boards-api.greenhouse.io/v1/boards/acme/jobs?content=true": fixtureRoute("greenhouse-acme-1.json"),
            "api.lever.co/v0/postings/busy?mode=json":
                ["body": #"[{"id":"b1","text":"Consultant","hostedUrl":"https://jobs.lever.co/busy/b1","categories":{"location":"Remote"},"descriptionPlain":"Salesforce"}]"#],
        ])
        let tmp = try TempDir()
        let db = tmp.path("scout.db")
        let profile = try tmp.file("profile.txt", "Kubernetes\n")
        let input = #"{"url":"https://boards.greenhouse.io/acme"}"# + "\n" + #"{"url":"https://jobs.lever.co/busy"}"# + "\n"
        // The first batch run by hand, as a killed run would have left it
        _ = try run("job-ledger", ["add", "--db", db, "--kind", "postings", "--key-field", "url"], stdin: input)
        let batch = try run("job-ledger", ["claim", "--db", db, "--kind", "postings", "--limit", "1"])
        let found = try run("find-postings", ["--db", db, "--only", "new,changed", "--delay", "0"] + server.options, stdin: batch.stdout, timeout: 60)
        try Data(found.stdout.utf8).write(to: URL(fileURLWithPath: db + ".scout-postings.ndjson"))
        _ = try run("job-ledger", ["finish", "--db", db], stdin: found.stdout)
        let resumed = try runExecutable(script, ["--profile", profile.path, "--db", db, "--format", "csv", "--", "--delay", "0"] + server.options,
                                        environment: ["TMPDIR": tmp.url.path], timeout: 120)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.lines.count == 5)
        #expect(resumed.lines.contains { $0.contains("Consultant") })
        #expect(resumed.lines.contains { $0.contains("Platform Engineer") })
    }
}
