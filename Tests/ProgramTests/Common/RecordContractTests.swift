import Foundation
import Testing

/// The record contract every program shares (DESIGN.md "Records", "Errors and exit status"),
/// checked on score-contacts, the simplest filter.
@Suite struct RecordContractTests {
    @Test func unknownFieldsPassThroughByteForByte() throws {
        let line = #"{"zeta": 1,  "alpha":"x\/y\u00e9", "nested":{"b":[1.50,2e3],"a":null},"emails":[]}"#
        let r = try run("score-contacts", stdin: line + "\n")
        #expect(r.status == 0)
        #expect(r.stdout == #"{"zeta": 1,  "alpha":"x\/y\u00e9", "nested":{"b":[1.50,2e3],"a":null},"emails":[],"email_pattern":null,"contacts":[]}"# + "\n")
        #expect(r.stderr == "")
    }

    /// Every filter keeps the bytes of what it does not own and splices its own field in.
    @Test(arguments: [
        ("extract-emails", #","pages":[],"emails":[],"people":[]}"#),
        ("analyze-job", #","pages":[],"job":null}"#),
        ("store-contacts", #","pages":[],"stored":{"inserted":0,"updated":0,"unchanged":0}}"#),
        ("fetch-page", #","url":"file:///nonexistent","pages":[{"url":"file:///nonexistent","final_url":"file:///nonexistent","role":"seed","attempts":1,"error":{"code":"not_found","message":"couldn't open file /nonexistent","attempts":1}}]}"#),
    ])
    func everyFilterPassesUnknownFieldsThrough(program: String, tail: String) throws {
        let head = #"{"zeta": 1,  "alpha":"x\/y\u00e9", "nested":{"b":[1.50,2e3],"a":null}"#
        let tmp = try TempDir()
        let input = head + (program == "fetch-page" ? #","url":"file:///nonexistent"}"# : #","pages":[]}"#)
        let r = try run(program, program == "store-contacts" ? ["--db", tmp.path("db")] : [], stdin: input + "\n")
        #expect(r.status == 0)
        #expect(r.stdout == head + tail + "\n")
        #expect(r.stderr == "")
    }

    @Test func badLineIsRejectedWithItsNumberAndOthersAreIntact() throws {
        let tmp = try TempDir()
        let input = "{\"a\":1}\n\n[1,2]\n{\"b\":\n{\"c\":3}\n"
        let r = try run("score-contacts", ["--rejects", tmp.path("rejects")], stdin: input)
        #expect(r.status == 65)
        #expect(r.stdout == "{\"a\":1,\"email_pattern\":null,\"contacts\":[]}\n{\"c\":3,\"email_pattern\":null,\"contacts\":[]}\n")
        #expect(r.stderr == "score-contacts: line 3: not a JSON object at byte 1\nscore-contacts: line 4: unexpected end of line, expected a value at byte 6\n")
        #expect(try String(contentsOfFile: tmp.path("rejects"), encoding: .utf8) == "[1,2]\n{\"b\":\n")
    }

    /// `--rejects` keeps a line byte for byte, its carriage return included;
    /// a record read from a CR LF line goes out with a line feed only.
    @Test func rejectsKeepCarriageReturns() throws {
        let tmp = try TempDir()
        let r = try run("score-contacts", ["--rejects", tmp.path("rejects")], stdin: "{\"a\":1}\r\nnot json\r\n\r\n")
        #expect(r.status == 65)
        #expect(r.stdout == "{\"a\":1,\"email_pattern\":null,\"contacts\":[]}\n")
        #expect(r.stderr == "score-contacts: line 2: not a JSON object at byte 1\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: tmp.path("rejects"))) == Data("not json\r\n".utf8))
    }

    /// White space before an object, a carriage return included, is white space to fetch-page too.
    @Test func fetchPageReadsAnObjectAfterACarriageReturn() throws {
        let r = try run("fetch-page", stdin: "\r{\"id\":1}\n")
        #expect(r.status == 0)
        #expect(r.stdout == "\r" + #"{"id":1,"pages":[],"error":{"code":"invalid_url","message":"the record has no url","attempts":0}}"# + "\n")
        #expect(r.stderr == "")
    }

    /// A link (`/dev/stderr` is one) or a pipe given to --rejects is written
    /// through and appended to, never replaced by a file of its own.
    @Test func rejectsThroughALinkOrAPipe() throws {
        let tmp = try TempDir()
        try "earlier\n".write(toFile: tmp.path("target"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: tmp.path("link"), withDestinationPath: tmp.path("target"))
        let r = try run("score-contacts", ["--rejects", tmp.path("link")], stdin: "{\"a\":1}\nnot json\n")
        #expect(r.status == 65)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: tmp.path("link")) == tmp.path("target"))
        #expect(try String(contentsOfFile: tmp.path("target"), encoding: .utf8) == "earlier\nnot json\n")
        let piped = try runExecutable(URL(fileURLWithPath: "/bin/bash"),
                                      ["-c", "printf 'bad\\n' | score-contacts --rejects >(sed 's/^/rejected: /'); s=$?; wait; exit $s"])
        #expect(piped.status == 65)
        #expect(piped.stdout == "rejected: bad\n")
    }

    @Test func diagnosticsAsJSON() throws {
        let r = try run("score-contacts", ["--log-format", "json"], stdin: "nope\n")
        #expect(r.status == 65)
        #expect(r.stdout == "")
        #expect(r.stderr == #"{"program":"score-contacts","level":"error","line":1,"message":"not a JSON object at byte 1"}"# + "\n")
    }

    @Test func fileArgumentsAndDashAreReadInOrder() throws {
        let tmp = try TempDir()
        let a = try tmp.file("a.ndjson", "{\"n\":1}\n")
        let b = try tmp.file("b.ndjson", "{\"n\":3}\n")
        let r = try run("score-contacts", [a.path, "-", b.path, tmp.path("missing")], stdin: "{\"n\":2}\n")
        #expect(r.stdout == "{\"n\":1,\"email_pattern\":null,\"contacts\":[]}\n{\"n\":2,\"email_pattern\":null,\"contacts\":[]}\n{\"n\":3,\"email_pattern\":null,\"contacts\":[]}\n")
        #expect(r.stderr == "score-contacts: \(tmp.path("missing")): No such file or directory\n")
        #expect(r.status == 74)
    }

    @Test func closedPipeEndsQuietly() throws {
        let script = "yes '{\"a\":1}' | head -n 200000 | score-contacts | head -n 1; echo \"status=${PIPESTATUS[2]}\""
        let r = try runExecutable(URL(fileURLWithPath: "/bin/bash"), ["-c", script])
        #expect(r.stdout == "{\"a\":1,\"email_pattern\":null,\"contacts\":[]}\nstatus=0\n")
        #expect(r.stderr == "")
    }

    @Test(arguments: ["fetch-page", "extract-emails", "score-contacts", "analyze-job", "store-contacts", "job-ledger"])
    func everyProgramHasHelpAndVersion(program: String) throws {
        let v = try run(program, ["--version"])
        #expect(v.status == 0)
        #expect(v.stdout == "0.1.0\n")
        let h = try run(program, ["--help"])
        #expect(h.status == 0)
        #expect(h.stdout.hasPrefix("OVERVIEW: "))
        #expect(h.stdout.contains("USAGE: \(program)"))
        let bad = try run(program, ["--no-such-option"])
        #expect(bad.status == 64)
    }
}
