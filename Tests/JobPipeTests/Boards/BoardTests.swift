import Testing
@testable import JobPipe

@Suite struct BoardTests {
    func board(_ url: String) -> String? {
        WebURL(url).flatMap(Board.from(url:)).map { "\($0.ats.rawValue):\($0.name)" }
    }

    @Test func boardURLsOfEachATS() {
        #expect(board("https://boards.greenhouse.io/vercel") == "greenhouse:vercel")
        #expect(board("https://job-boards.greenhouse.io/vercel/jobs/6136160004") == "greenhouse:vercel")
        #expect(board("https://boards.greenhouse.io/embed/job_board?for=acme&b=x") == "greenhouse:acme")
        #expect(board("https://boards.greenhouse.io/embed/job_board/js?for=acme") == "greenhouse:acme")
        #expect(board("https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true") == "greenhouse:acme")
        #expect(board("https://jobs.lever.co/idealistconsulting/a24ec4e5") == "lever:idealistconsulting")
        #expect(board("https://jobs.ashbyhq.com/duna") == "ashby:duna")
        #expect(board("https://apply.workable.com/amazingcarecareers/") == "workable:amazingcarecareers")
        #expect(board("https://apply.workable.com/j/1B7FCA3A83") == nil)
        #expect(board("https://careers.smartrecruiters.com/knight") == "smartrecruiters:knight")
        #expect(board("https://jobs.smartrecruiters.com/Knight/743999671674844") == "smartrecruiters:Knight")
        #expect(board("https://spring.recruitee.com/o/business-developer") == "recruitee:spring")
        #expect(board("https://nordlicht.jobs.personio.de/job/1042") == "personio:nordlicht")
        #expect(board("https://nordlicht.jobs.personio.com/") == "personio:nordlicht")
        #expect(board("https://example.com/careers") == nil)
        #expect(board("https://boards.greenhouse.io/") == nil)
        #expect(board("https://jobs.lever.co/a%2Fb") == nil)
    }

    @Test func feedURLs() {
        #expect(Board(ats: .greenhouse, name: "acme")?.feedURL()?.text == "https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true")
        #expect(Board(ats: .smartrecruiters, name: "Harbor")?.feedURL(offset: 100)?.text
            == "https://api.smartrecruiters.com/v1/companies/Harbor/postings?limit=100&offset=100")
        #expect(WebURL("https://nordlicht.jobs.personio.com/x").flatMap(Board.from(url:))?.feedURL()?.text
            == "https://nordlicht.jobs.personio.com/xml")
        #expect(Board.named(ats: "Lever", board: "x y") == nil)
        #expect(Board.named(ats: "taleo", board: "x") == nil)
    }
}
