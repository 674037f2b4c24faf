import Foundation
import Testing

/// `file:` URLs, which fetch-page reads itself (issue 18): regular files
/// only, capped at --max-bytes, and never at the cost of another record.
@Suite struct FetchPageFileTests {
    /// Each run has a kill-timeout: one still running after it is a hang.
    let hangAfter = 120

    /// The code and message of the seed's error in an output line, or its status.
    func outcome(_ line: String) throws -> String {
        let page = try #require((try object(line)["pages"] as? [[String: Any]])?.first)
        guard let error = page["error"] as? [String: Any] else { return "status \(page["status"] ?? "none")" }
        return "\(error["code"]!): \(error["message"]!)"
    }

    /// `n` lines naming a small regular file, to come after the hostile one.
    func followers(_ tmp: TempDir, _ n: Int) throws -> String {
        let page = try tmp.file("page.html", "<p>hello</p>")
        return String(repeating: "file://\(page.path)\n", count: n)
    }

    /// A pipeline through bash: `input` piped into fetch-page, its output piped on
    /// through cat (so fetch-page's standard input and output are both pipes).
    func piped(_ tmp: TempDir, _ input: String, _ arguments: String = "") throws -> RunResult {
        let inputFile = try tmp.file("input", input)
        return try runExecutable(URL(fileURLWithPath: "/bin/bash"),
                                 ["-c", "cat '\(inputFile.path)' | fetch-page \(arguments) | cat"], timeout: hangAfter)
    }

    /// libcurl 7.88 closed file descriptor 0 when a file URL held `%00`, so
    /// fetch-page's own input died (`read: Bad file descriptor`, exit 74)
    /// and every record not yet read was lost.
    @Test func aNULInAFileURLLosesNoRecords() throws {
        let tmp = try TempDir()
        let input = "file://\(tmp.path("a"))%00b.html\n" + (try followers(tmp, 3000))
        let r = try run("fetch-page", ["--robots-cache", "none"], stdin: input, timeout: hangAfter)
        #expect(!r.hung)
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(r.lines.count == 3001)
        #expect(try outcome(r.lines[0]) == "invalid_url: a file URL's path may not hold a NUL byte (%00): file://\(tmp.path("a"))%00b.html")
        #expect(try r.lines.dropFirst().allSatisfy { try outcome($0) == "status 200" })
    }

    /// `file:///dev/stdin` read the rest of fetch-page's own input as a page:
    /// 1,535 of 3,001 records came out, exit 0, nothing said.
    @Test func devStdinIsRefusedAndTheInputKept() throws {
        let tmp = try TempDir()
        let r = try piped(tmp, "file:///dev/stdin\n" + (try followers(tmp, 3000)))
        #expect(!r.hung)
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(r.lines.count == 3001)
        #expect(try outcome(r.lines[0]) == "not_regular_file: /dev/stdin is not a regular file but a pipe or FIFO")
        #expect(try r.lines.dropFirst().allSatisfy { try outcome($0) == "status 200" })
    }

    /// A FIFO blocked fetch-page in open(2) for ever; `/dev/stdout` on a pipe
    /// had it read its own output back. Neither is opened now, a directory
    /// neither, and nothing waits.
    @Test func specialFilesAreRefusedWithoutAHang() throws {
        let tmp = try TempDir()
        let fifo = tmp.path("fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let input = "file://\(fifo)\nfile:///dev/stdout\nfile:///dev/null\nfile://\(tmp.path(""))\n" + (try followers(tmp, 1))
        let r = try piped(tmp, input)
        #expect(!r.hung, "fetch-page hung on a special file")
        #expect(r.status == 0)
        #expect(try r.lines.map(outcome) == [
            "not_regular_file: \(fifo) is not a regular file but a pipe or FIFO",
            "not_regular_file: /dev/stdout is not a regular file but a pipe or FIFO",
            "not_regular_file: /dev/null is not a regular file but a character device",
            "not_regular_file: \(tmp.path("")) is not a regular file but a directory",
            "status 200",
        ])
    }

    /// The cap holds for files as for downloads: the part read is kept and flagged.
    @Test func aFileLargerThanMaxBytesIsTruncated() throws {
        let tmp = try TempDir()
        let big = try tmp.file("big.html", "<p>" + String(repeating: "x", count: 100_000) + "</p>")
        let r = try run("fetch-page", ["--robots-cache", "none", "--max-bytes", "1000"], stdin: "file://\(big.path)\n", timeout: hangAfter)
        #expect(r.status == 0)
        let page = try #require((try object(r.lines[0])["pages"] as? [[String: Any]])?.first)
        #expect(page["status"] as? Int == 200)
        #expect(page["bytes"] as? Int == 1000)
        #expect(page["truncated"] as? Bool == true)
        #expect(page["body"] as? String == "<p>" + String(repeating: "x", count: 997))
        let exact = try run("fetch-page", ["--robots-cache", "none", "--max-bytes", "100007"], stdin: "file://\(big.path)\n", timeout: hangAfter)
        let whole = try #require((try object(exact.lines[0])["pages"] as? [[String: Any]])?.first)
        #expect(whole["bytes"] as? Int == 100_007)
        #expect(whole["truncated"] as? Bool == false)
    }

    /// A percent-encoded path is decoded; the query is no part of the file name; a
    /// symbolic link to a regular file is read; a missing file is `not_found`.
    @Test func pathsAreDecodedAndLinksFollowed() throws {
        let tmp = try TempDir()
        _ = try tmp.file("a b.html", "<p>spaced</p>")
        try FileManager.default.createSymbolicLink(atPath: tmp.path("link.html"), withDestinationPath: tmp.path("a b.html"))
        let input = "file://\(tmp.path("a%20b.html"))?x=1\nfile://\(tmp.path("link.html"))\nfile://\(tmp.path("missing.html"))\n"
        let r = try run("fetch-page", ["--robots-cache", "none"], stdin: input, timeout: hangAfter)
        #expect(r.status == 0)
        #expect(try r.lines.map(outcome) == ["status 200", "status 200", "not_found: couldn't open file \(tmp.path("missing.html"))"])
        #expect(try (object(r.lines[1])["pages"] as! [[String: Any]])[0]["body"] as? String == "<p>spaced</p>")
    }

    /// A JSON object line may begin with any JSON white space, a carriage return too.
    @Test func anObjectLineMayBeginWithACarriageReturn() throws {
        let tmp = try TempDir()
        let page = try tmp.file("page.html", "<p>hello</p>")
        let r = try run("fetch-page", ["--robots-cache", "none"], stdin: "\r{\"url\":\"file://\(page.path)\"}\n\r\t file://\(page.path)\n",
                        timeout: hangAfter)
        #expect(r.stderr == "")
        #expect(r.status == 0)
        #expect(try r.lines.map(outcome) == ["status 200", "status 200"])
    }
}
