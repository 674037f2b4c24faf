import Testing
@testable import JobPipe

/// robots.txt per RFC 9309: groups, longest match, Allow on ties, wildcards.
@Suite struct RobotsTxtTests {
    static let text = """
        # comment
        User-agent: *
        Disallow: /

        User-agent: Googlebot
        User-Agent: JOBPIPE-FETCH-PAGE   # both agents share this group
        Disallow: /private/
        Allow: /private/ok.html
        Disallow: /*.pdf$
        Disallow: /tmp
        Allow: /tmp
        Disallow:
        Crawl-delay: 2.5

        User-agent: jobpipe-fetch-page
        Disallow: /drafts/%7euser/
        """

    @Test(arguments: ["\r\n", "\r", "\n"]) func anyLineEnding(_ end: String) {
        let r = RobotsTxt(parsing: ["User-agent: *", "Disallow: /private", "Crawl-delay: 3", ""].joined(separator: end))
        #expect(!r.allows("/private/x") && r.allows("/public") && r.crawlDelay == 3)
    }

    @Test func ourGroupsAreMergedAndOthersIgnored() {
        let r = RobotsTxt(parsing: Self.text)
        #expect(r.crawlDelay == 2.5)
        #expect(r.allows("/"))
        #expect(!r.allows("/private/x"))
        #expect(r.allows("/private/ok.html"))
        #expect(r.allows("/private"))
        #expect(!r.allows("/docs/a.pdf"))
        #expect(r.allows("/docs/a.pdf?download=1"))
        #expect(r.allows("/tmp/x"), "equal length: Allow wins")
        #expect(!r.allows("/drafts/%7Euser/x"), "percent-escapes compare case-insensitively")
        #expect(r.allows("/robots.txt"))
    }

    @Test func starGroupWhenNoneNamesUs() {
        let r = RobotsTxt(parsing: Self.text, tokens: ["otherbot"])
        #expect(!r.allows("/anything"))
        #expect(r.allows("/robots.txt"))
        #expect(r.crawlDelay == nil)
    }

    @Test func emptyOrForeignFilesAllowEverything() {
        #expect(RobotsTxt(parsing: "").allows("/x"))
        #expect(RobotsTxt(parsing: "User-agent: otherbot\nDisallow: /\n").allows("/x"))
        #expect(RobotsTxt(parsing: "<html>not a robots file</html>").allows("/x"))
        #expect(!RobotsTxt.disallowAll("HTTP 503").allows("/x"))
    }

    @Test func wildcards() {
        #expect(RobotsTxt.matches(Array("/a*b$".utf8), Array("/axxb".utf8)))
        #expect(!RobotsTxt.matches(Array("/a*b$".utf8), Array("/axxbc".utf8)))
        #expect(RobotsTxt.matches(Array("/a*b".utf8), Array("/axxbc".utf8)))
        #expect(RobotsTxt.matches(Array("*".utf8), Array("/".utf8)))
        #expect(!RobotsTxt.matches(Array("/b".utf8), Array("/a".utf8)))
    }
}
