import Foundation
import Testing

/// find-postings against feeds served over HTTPS on 127.0.0.1 (FeedServer),
/// the API hosts reached through --connect-to and trusted through --cacert.
@Suite struct FindPostingsTests {
    static let fast = ["--delay", "0", "--retry-delay", "0"]

    func findPostings(_ server: FeedServer, _ args: [String], stdin: String) throws -> RunResult {
        try run("find-postings", server.options + FindPostingsTests.fast + args, stdin: stdin, timeout: 120)
    }

    /// The six recorded feeds of ../shared/corpus/ats-feeds, each reached
    /// from a board URL or an `ats` and `board`, read whole.
    @Test(.enabled(if: sharedCorpus != nil, "needs ../shared/corpus/ats-feeds")) func recordedFeedsOverHTTPS() throws {
        let c = sharedCorpus!.appendingPathComponent("ats-feeds")
        func feed(_ f: String) -> [String: Any] { ["file": c.appendingPathComponent(f).path] }
        let server = try FeedServer(routes: [
            "boards-api.greenhouse.io/v1/boards/vercel/jobs?content=true": feed("03-greenhouse-vercel.json"),
            "api.lever.co/v0/postings/idealistconsulting?mode=json": feed("05-lever-idealistconsulting.json"),
            "api.ashbyhq.com/posting-api/job-board/duna?includeCompensation=true": feed("07-ashby-duna.json"),
            "apply.workable.com/api/v1/widget/accounts/amazingcarecareers?details=true": feed("09-workable-amazingcarecareers.json"),
            "api.smartrecruiters.com/v1/companies/knight/postings?limit=100&offset=0": feed("11-smartrecruiters-knight.json"),
            "spring.recruitee.com/api/offers/": feed("13-recruitee-spring.json"),
        ])
        let input = """
            {"company":"Vercel","url":"https://boards.greenhouse.io/vercel"}
            https://jobs.lever.co/idealistconsulting
            {"ats":"ashby","board":"duna"}
            {"url":"https://apply.workable.com/amazingcarecareers/"}
            {"url":"https://careers.smartrecruiters.com/knight"}
            {"url":"https://spring.recruitee.com/"}

            """
        let r = try findPostings(server, [], stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = try r.lines.map(object)
        #expect(lines.map { ($0["postings"] as! [Any]).count } == [2, 2, 8, 3, 1, 2])
        let first = (lines[0]["postings"] as! [[String: Any]])[0]
        #expect(first["url"] as? String == "https://job-boards.greenhouse.io/vercel/jobs/6136160004")
        let posting = first["posting"] as! [String: Any]
        #expect(posting["ats"] as? String == "greenhouse" && posting["board"] as? String == "vercel")
        #expect(posting["id"] as? String == "6136160004")
        #expect(posting["updated_at"] as? String == "2026-09-24T13:34:54-04:00")
        #expect(posting["change"] is NSNull)
        let job = first["job"] as! [String: Any]
        #expect(job["source"] as? String == "feed")
        #expect(job["company"] as? String == "Vercel")
        #expect(job["department"] as? String == "Account Executive")
        #expect((job["description"] as! String).hasPrefix("About Vercel:\n"))
        #expect(lines[0]["company"] as? String == "Vercel")
        // one request per board, each to its API host, with find-postings' User-Agent
        let requests = try server.requests()
        #expect(requests.count == 6)
        #expect(requests.allSatisfy { ($0["ua"] as? String)?.hasPrefix("jobpipe-find-postings/") == true })
    }

    /// --explode: one record per posting, the input's fields kept and its url as board_url.
    @Test func explodeKeepsTheInput() throws {
        let server = try FeedServer(routes: [
            "boards-api.greenhouse.io/v1/boards/acme/jobs?content=true": fixtureRoute("greenhouse-acme-1.json"),
        ])
        let r = try findPostings(server, ["--explode"], stdin: #"{"company":"Acme","url":"https://boards.greenhouse.io/acme"}"# + "\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.lines.count == 3)
        #expect(r.lines[1] == #"{"company":"Acme","url":"https://job-boards.greenhouse.io/acme/jobs/102","board_url":"https://boards.greenhouse.io/acme","job":{"title":"iOS Developer","company":"Acme","location":"Hybrid - Boston","remote":false,"employment_type":null,"department":"Engineering","salary":{"min":140000,"max":170000,"currency":"USD","period":"year"},"date_posted":"2026-11-01","valid_through":null,"skills":[],"description":"Swift and SwiftUI. Pay: $140,000 - $170,000 per year.","source":"feed","workplace":"hybrid","nice_to_have_skills":[],"evidence":{"title":"feed","company":"feed","location":"feed","remote":"feed"}},"posting":{"ats":"greenhouse","board":"acme","id":"102","url":"https://job-boards.greenhouse.io/acme/jobs/102","updated_at":"2026-11-01T10:00:00-04:00","change":null}}"#)
        let job = try object(r.lines[0])["job"] as! [String: Any]
        #expect(job["remote"] as? Bool == true)
    }

    /// A board that answers 404, one that answers 429 with Retry-After and then
    /// its feed, one with broken JSON, an unknown ATS, an empty board.
    @Test func boardsThatCannotBeRead() throws {
        let server = try FeedServer(routes: [
            "api.lever.co/v0/postings/busy?mode=json": [
                ["status": 429, "headers": ["Retry-After": "1"], "body": "{}"],
                ["body": #"[{"id":"b1","text":"Consultant","hostedUrl":"https://jobs.lever.co/busy/b1","categories":{"location":"Remote"}}]"#],
            ],
            "api.ashbyhq.com/posting-api/job-board/broken?includeCompensation=true": ["body": #"{"jobs": [{"id": "#],
            "boards-api.greenhouse.io/v1/boards/empty/jobs?content=true": fixtureRoute("greenhouse-empty.json"),
        ])
        let input = """
            {"url":"https://jobs.lever.co/gone"}
            {"url":"https://jobs.lever.co/busy"}
            {"ats":"ashby","board":"broken"}
            {"ats":"taleo","board":"x"}
            {"ats":"greenhouse","board":"empty"}
            {"id":7}

            """
        let r = try findPostings(server, [], stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.lines.count == 6)
        #expect(r.lines[0] == #"{"url":"https://jobs.lever.co/gone","postings":[],"error":{"code":"http_status","message":"https://api.lever.co/v0/postings/gone?mode=json: HTTP 404","attempts":1}}"#)
        let busy = try object(r.lines[1])
        #expect(busy["error"] == nil)
        #expect((busy["postings"] as! [Any]).count == 1)
        #expect(r.lines[2] == #"{"ats":"ashby","board":"broken","postings":[],"error":{"code":"bad_feed","message":"the ashby feed is not JSON: unexpected end of line, expected a value at byte 18 (https://api.ashbyhq.com/posting-api/job-board/broken?includeCompensation=true)","attempts":1}}"#)
        #expect(r.lines[3] == #"{"ats":"taleo","board":"x","postings":[],"error":{"code":"unknown_board","message":"not a board find-postings reads: ats taleo, board x"}}"#)
        #expect(r.lines[4] == #"{"ats":"greenhouse","board":"empty","postings":[]}"#)
        #expect(r.lines[5] == #"{"id":7,"postings":[],"error":{"code":"invalid_url","message":"the record has no url, nor an ats and a board"}}"#)
        // the 429 was retried once, after its Retry-After
        let busyRequests = try server.requests().filter { ($0["path"] as! String).contains("busy") }
        #expect(busyRequests.map { $0["status"] as! Int } == [429, 200])
        let strict = try findPostings(server, ["--strict"], stdin: #"{"url":"https://jobs.lever.co/gone"}"# + "\n")
        #expect(strict.status == 1)
        let exploded = try findPostings(server, ["--explode"], stdin: "{\"ats\":\"taleo\",\"board\":\"x\"}\n{\"ats\":\"greenhouse\",\"board\":\"empty\"}\n")
        #expect(exploded.lines == [#"{"ats":"taleo","board":"x","error":{"code":"unknown_board","message":"not a board find-postings reads: ats taleo, board x"}}"#])
    }

    /// The same board read three times: new, then changed/unchanged, then new
    /// and closed; a closed posting is told once. On both engines.
    @Test(arguments: Engine.all) func trackingAcrossRuns(_ engine: Engine) throws {
        let route = "boards-api.greenhouse.io/v1/boards/acme/jobs?content=true"
        let server = try FeedServer(routes: [route: fixtureRoute("greenhouse-acme-1.json")])
        let tmp = try TempDir()
        let db = try TestDatabase(engine, in: tmp, name: "postings.db").target
        let input = #"{"url":"https://boards.greenhouse.io/acme"}"# + "\n"
        func changes(_ extra: [String] = []) throws -> [String] {
            let r = try findPostings(server, ["--db", db, "--explode"] + extra, stdin: input)
            #expect(r.status == 0, "\(r.stderr)")
            return try r.lines.map { line in
                let o = try object(line)
                guard let p = o["posting"] as? [String: Any] else { return "error" }
                return "\(p["id"]!):\(p["change"]!)"
            }
        }
        #expect(try changes() == ["101:new", "102:new", "103:new"])
        #expect(try changes() == ["101:unchanged", "102:unchanged", "103:unchanged"])
        try server.setRoutes([route: fixtureRoute("greenhouse-acme-2.json")])
        #expect(try changes() == ["101:unchanged", "102:changed", "103:unchanged"])
        try server.setRoutes([route: fixtureRoute("greenhouse-acme-3.json")])
        #expect(try changes(["--only", "new,changed,closed"]) == ["104:new", "103:closed"])
        #expect(try changes() == ["101:unchanged", "102:unchanged", "104:unchanged"])
        // A board that cannot be read closes nothing
        try server.setRoutes([:])
        #expect(try changes() == ["error"])
        try server.setRoutes([route: fixtureRoute("greenhouse-acme-3.json")])
        #expect(try changes(["--only", "closed"]) == [])
        let bad = try run("find-postings", ["--only", "new"], stdin: "")
        #expect(bad.status == 64)
    }

    /// Careers pages: one embedding a Greenhouse board, one linking a Lever
    /// board, one listing its postings in JSON-LD only, one with neither.
    @Test func careersPages() throws {
        let server = try FeedServer(routes: [
            "careers.example/embed": fixtureRoute("careers-embed.html", type: "text/html"),
            "careers.example/link": fixtureRoute("careers-link.html", type: "text/html"),
            "careers.example/jsonld": fixtureRoute("careers-jsonld.html", type: "text/html"),
            "careers.example/none": ["body": "<p>No jobs today.</p>", "type": "text/html"],
            "boards-api.greenhouse.io/v1/boards/acme/jobs?content=true": fixtureRoute("greenhouse-acme-1.json"),
            "api.lever.co/v0/postings/idealistconsulting?mode=json":
                ["body": #"[{"id":"x1","text":"Consultant","hostedUrl":"https://jobs.lever.co/idealistconsulting/x1","categories":{"location":"Remote"},"workplaceType":"remote","descriptionPlain":"Salesforce"}]"#],
        ])
        let input = ["embed", "link", "jsonld", "none"].map { #"{"url":"https://careers.example/\#($0)"}"# }.joined(separator: "\n") + "\n"
        let r = try findPostings(server, [], stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = try r.lines.map(object)
        func ids(_ i: Int) -> [String] {
            (lines[i]["postings"] as! [[String: Any]]).map { p in
                let posting = p["posting"] as! [String: Any]
                return "\(posting["ats"]!):\(posting["board"]!):\(posting["id"]!)"
            }
        }
        #expect(ids(0) == ["greenhouse:acme:101", "greenhouse:acme:102", "greenhouse:acme:103"])
        #expect(ids(1) == ["lever:idealistconsulting:x1"])
        #expect(ids(2) == ["jsonld:careers.example:SE-7", "jsonld:careers.example:https://careers.example/jobs/accountant"])
        #expect((lines[3]["error"] as! [String: Any])["code"] as? String == "no_board")
    }

    /// Personio's XML feed and SmartRecruiters' paged list, from fixtures.
    @Test func personioAndPaging() throws {
        let server = try FeedServer(routes: [
            "nordlicht.jobs.personio.de/xml": fixtureRoute("personio.xml", type: "application/xml"),
            "api.smartrecruiters.com/v1/companies/Harbor/postings?limit=100&offset=0": fixtureRoute("smartrecruiters-page-1.json"),
            "api.smartrecruiters.com/v1/companies/Harbor/postings?limit=100&offset=2": fixtureRoute("smartrecruiters-page-2.json"),
        ])
        let r = try findPostings(server, ["--explode"], stdin: "https://nordlicht.jobs.personio.de/\n{\"ats\":\"smartrecruiters\",\"board\":\"Harbor\"}\n")
        #expect(r.status == 0, "\(r.stderr)")
        let urls = try r.lines.map { try object($0)["url"] as! String }
        #expect(urls == ["https://nordlicht.jobs.personio.de/job/1042", "https://nordlicht.jobs.personio.de/job/1043",
                         "https://jobs.smartrecruiters.com/Harbor/744000000000001", "https://jobs.smartrecruiters.com/Harbor/744000000000002",
                         "https://jobs.smartrecruiters.com/Harbor/744000000000003"])
    }

    /// Without --cacert the test's CA is not trusted: a tls error, for
    /// find-postings and fetch-page alike; with it, fetch-page reads the page.
    @Test func cacertIsNeededAndShared() throws {
        let server = try FeedServer(routes: ["careers.example/embed": fixtureRoute("careers-embed.html", type: "text/html")])
        let connect = ["--connect-to", "careers.example:443:127.0.0.1:\(server.port)", "--ignore-robots"]
        let untrusted = try run("find-postings", connect + ["--retries", "0"], stdin: "https://careers.example/embed\n", timeout: 60)
        #expect(try (object(untrusted.lines[0])["error"] as! [String: Any])["code"] as? String == "tls")
        let fetched = try run("fetch-page", connect + ["--cacert", server.cacert], stdin: "https://careers.example/embed\n", timeout: 60)
        let page = (try object(fetched.lines[0])["pages"] as! [[String: Any]])[0]
        #expect(page["status"] as? Int == 200)
        let missing = try run("fetch-page", ["--cacert", "/nonexistent/ca.pem"], stdin: "")
        #expect(missing.status == 64)
    }

    /// A feed over --max-bytes is an error, not a cut list; --deny-private
    /// refuses a board host that resolves to loopback.
    @Test func sizeCapAndPrivateAddresses() throws {
        let server = try FeedServer(routes: [
            "boards-api.greenhouse.io/v1/boards/acme/jobs?content=true": fixtureRoute("greenhouse-acme-1.json"),
        ])
        let input = #"{"ats":"greenhouse","board":"acme"}"# + "\n"
        let capped = try findPostings(server, ["--max-bytes", "100"], stdin: input)
        #expect(capped.lines == [#"{"ats":"greenhouse","board":"acme","postings":[],"error":{"code":"too_large","message":"https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true is larger than --max-bytes","attempts":1}}"#])
        let denied = try findPostings(server, ["--deny-private"], stdin: input)
        #expect(try (object(denied.lines[0])["error"] as! [String: Any])["code"] as? String == "private_address")
    }
}
