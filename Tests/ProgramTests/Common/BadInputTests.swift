import Foundation
import Testing

/// Every program that reads records, on each class of bad input (issue 18,
/// "Hostile input"): a line that is not JSON, not an object, nested too deep,
/// too long, not UTF-8, and a record with a field of the wrong type. Each
/// bad line sits between two good records and ends in CR LF: it gets its one
/// diagnostic and its exit status, `--rejects` keeps it byte for byte, and
/// the records around it come out exactly.
@Suite struct BadInputTests {
    /// A program as the tests run it, with what it makes of a good record.
    enum Subject: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case fetchPage = "fetch-page", extractEmails = "extract-emails", scoreContacts = "score-contacts"
        case analyzeJob = "analyze-job", storeContacts = "store-contacts"
        case ledgerAdd = "job-ledger add", ledgerFinish = "job-ledger finish"

        var testDescription: String { rawValue }
        var program: String { rawValue.split(separator: " ")[0].description }
        var diagnosticsName: String { program }

        func arguments(db: String) -> [String] {
            switch self {
            case .storeContacts: return ["--db", db]
            case .ledgerAdd: return ["add", "--db", db, "--kind", "k", "--key-field", "id"]
            case .ledgerFinish: return ["finish", "--db", db]
            default: return []
            }
        }

        /// A good record: `id` is the JSON text of its `id`, `position` its line (1…3).
        func line(id: String, position: Int) -> String {
            switch self {
            case .fetchPage, .ledgerAdd: return #"{"id":\#(id)}"#
            case .extractEmails, .analyzeJob: return #"{"id":\#(id),"pages":[]}"#
            case .scoreContacts: return #"{"id":\#(id),"emails":[]}"#
            case .storeContacts: return #"{"id":\#(id),"email_pattern":null,"contacts":[]}"#
            case .ledgerFinish: return #"{"id":\#(id),"job":{"id":\#(position),"attempt":1}}"#
            }
        }

        /// What comes out for `line(id:position:)`, the `ordinal`-th record out.
        func output(id: String, position: Int, ordinal: Int, key: String) -> String {
            switch self {
            case .fetchPage:
                return #"{"id":\#(id),"pages":[],"error":{"code":"invalid_url","message":"the record has no url","attempts":0}}"#
            case .extractEmails: return #"{"id":\#(id),"pages":[],"emails":[],"people":[]}"#
            case .analyzeJob: return #"{"id":\#(id),"pages":[],"job":null}"#
            case .scoreContacts: return #"{"id":\#(id),"emails":[],"email_pattern":null,"contacts":[]}"#
            case .storeContacts: return #"{"id":\#(id),"email_pattern":null,"contacts":[],"stored":{"inserted":0,"updated":0,"unchanged":0}}"#
            case .ledgerAdd:
                return #"{"id":\#(id),"job":{"id":\#(ordinal),"key":"k:\#(key)","kind":"k","status":"pending","created":true}}"#
            case .ledgerFinish: return #"{"id":\#(id),"job":{"id":\#(position),"attempt":1,"status":"success"}}"#
            }
        }

        /// A record with a field of the wrong type for this program, and what
        /// becomes of it: a `bad_field` error in the record with its message,
        /// or (job-ledger: no job to tie it to) a rejection.
        var wrongType: (line: String, message: String, output: String?) {
            let pre = #"{"id":2,"#
            func badField(_ rest: String, _ message: String) -> (String, String, String?) {
                (pre + rest + "}", "warning: " + message,
                 pre + rest + #","error":{"code":"bad_field","message":"\#(message)"}}"#)
            }
            switch self {
            case .fetchPage:  // a url that is not a string is the record's error already
                return (pre + #""url":5}"#, "",
                        pre + #""url":5,"pages":[],"error":{"code":"invalid_url","message":"the record has no url","attempts":0}}"#)
            case .extractEmails: return badField(#""pages":5"#, "'pages' is not an array")
            case .analyzeJob: return badField(#""pages":["x"]"#, "'pages' holds a value that is not an object")
            case .scoreContacts: return badField(#""emails":"x""#, "'emails' is not an array")
            case .storeContacts: return badField(#""contacts":{}"#, "'contacts' is not an array")
            case .ledgerAdd: return (#"{"id":{}}"#, "the 'id' field is not a string or number: no job key", nil)
            case .ledgerFinish: return (#"{"id":2,"job":"x"}"#, "job handle without a numeric 'id' and 'attempt'", nil)
            }
        }
    }

    /// The classes of bad line.
    enum Bad: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case notJSON, notAnObject, nestedTooDeep, tooLong, notUTF8, wrongType
        var testDescription: String { rawValue }
    }

    /// The length limit the tests set, small so that a line over it is cheap.
    static let limit = 2000

    @Test(arguments: Subject.allCases, Bad.allCases)
    func badLineAmongGoodOnes(subject: Subject, bad: Bad) throws {
        let tmp = try TempDir()
        let db = tmp.path("jobpipe.db")
        if subject == .ledgerFinish {
            // three running jobs, 1…3, for the records to finish
            _ = try run("job-ledger", ["add", "--db", db, "--kind", "k", "--key-field", "n"],
                        stdin: "{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n")
            let claimed = try run("job-ledger", ["claim", "--db", db, "--limit", "3"])
            #expect(claimed.lines.count == 3)
        }
        // the bad line, its diagnostic, and what comes out for it (nil: rejected)
        var line: [UInt8]
        var message: String
        var output: String?
        switch bad {
        case .notJSON:
            (line, message) = (Array("{nope}".utf8), "expected a key string at byte 2")
        case .notAnObject:
            line = Array("[1,2]".utf8)
            message = subject == .fetchPage ? "neither a JSON object nor a URL" : "not a JSON object at byte 1"
        case .nestedTooDeep:
            // the record is one level, so the 512th '[' is the 513th level
            line = Array(#"{"id":"#.utf8) + [UInt8](repeating: 0x5B, count: 600) + [UInt8](repeating: 0x5D, count: 600) + [0x7D]
            message = "nested too deeply at byte 518"
        case .tooLong:
            line = Array(#"{"id":""#.utf8) + [UInt8](repeating: 0x78, count: Self.limit) + Array(#""}"#.utf8)
            message = "longer than \(Self.limit) bytes (JOBPIPE_MAX_LINE_BYTES)"
        case .notUTF8:
            // repaired, not rejected: the record goes on with U+FFFD in place of the bad byte
            line = Array(subject.line(id: "\"caf\u{1}\"", position: 2).utf8).map { $0 == 1 ? 0xE9 : $0 }
            message = "warning: invalid UTF-8 replaced by U+FFFD"
            output = subject.output(id: "\"caf\u{FFFD}\"", position: 2, ordinal: 2, key: "caf\u{FFFD}")
        case .wrongType:
            let w = subject.wrongType
            (line, message, output) = (Array(w.line.utf8), w.message, w.output)
        }
        var input = Array((subject.line(id: "1", position: 1) + "\n").utf8)
        input += line + [0x0D, 0x0A]
        input += Array((subject.line(id: "3", position: 3) + "\n").utf8)
        let file = tmp.path("in.ndjson")
        try Data(input).write(to: URL(fileURLWithPath: file))

        let r = try run(subject.program, subject.arguments(db: db) + ["--rejects", tmp.path("rejects"), file],
                        environment: ["JOBPIPE_MAX_LINE_BYTES": String(Self.limit), "JOBPIPE_NOW": "2026-11-22T12:00:00Z"],
                        timeout: 120)
        let third = output == nil ? 2 : 3
        let expected = [subject.output(id: "1", position: 1, ordinal: 1, key: "1")] + (output.map { [$0] } ?? [])
            + [subject.output(id: "3", position: 3, ordinal: third, key: "3")]
        #expect(r.stdout == expected.map { $0 + "\n" }.joined())
        #expect(r.stderr == (message.isEmpty ? "" : "\(subject.diagnosticsName): \(file): line 2: \(message)\n"))
        #expect(r.status == (output == nil ? 65 : 0))
        let rejects = try Data(contentsOf: URL(fileURLWithPath: tmp.path("rejects")))
        #expect(Array(rejects) == (output == nil ? line + [0x0D, 0x0A] : []))
    }

    /// A wrong-typed field makes the record fail, so `--strict` exits 1.
    @Test(arguments: [Subject.extractEmails, .scoreContacts, .analyzeJob, .storeContacts])
    func wrongTypeWithStrict(subject: Subject) throws {
        let tmp = try TempDir()
        let r = try run(subject.program, subject.arguments(db: tmp.path("db")) + ["--strict"],
                        stdin: subject.wrongType.line + "\n")
        #expect(r.status == 1)
        #expect(r.stdout == subject.wrongType.output! + "\n")
    }

    /// The point of a `bad_field` error: the ledger job the record carries is
    /// closed (as a failure), not left running until its lease runs out.
    @Test func aWrongTypedFieldFailsItsJob() throws {
        let tmp = try TempDir()
        let db = tmp.path("jobpipe.db")
        _ = try run("job-ledger", ["add", "--db", db, "--kind", "k", "--key-field", "n", "--max-attempts", "1"],
                    stdin: "{\"n\":1,\"pages\":5}\n")
        let r = try runExecutable(URL(fileURLWithPath: "/bin/bash"), ["-c", """
            job-ledger claim --db '\(db)' --limit 1 | extract-emails | job-ledger finish --db '\(db)'; echo "status=${PIPESTATUS[*]}"
            """])
        #expect(r.stdout.contains(#""attempt":1,"status":"failure"},"error":{"code":"bad_field","message":"'pages' is not an array"}}"#))
        #expect(r.stdout.hasSuffix("\nstatus=0 0 0\n"))
        #expect(r.stderr == "extract-emails: line 1: warning: 'pages' is not an array\n")
        let list = try run("job-ledger", ["list", "--db", db])
        #expect(list.stdout.contains(#""status":"failure""#))
        #expect(list.stdout.contains(#""last_error":"bad_field: 'pages' is not an array""#))
    }

    /// A line far over the limit is never held: /dev/zero's worth of one
    /// line costs no more memory than the limit, and the record after it comes out.
    @Test func aHugeLineIsSkippedToItsNewline() throws {
        let r = try runExecutable(URL(fileURLWithPath: "/bin/bash"), ["-c", """
            measure() { if [ -x /usr/bin/time ]; then /usr/bin/time -f %M "$@"; else "$@"; s=$?; echo 0 >&2; return $s; fi; }
            { head -c 50000000 /dev/zero; printf '\\n{"a":1}\\n'; } | JOBPIPE_MAX_LINE_BYTES=1M measure extract-emails
            """], timeout: 120)
        #expect(r.status == 65)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.first == "extract-emails: line 1: longer than 1048576 bytes (JOBPIPE_MAX_LINE_BYTES)")
        // maximum resident set in KiB: far below the 50 MB of the line
        #expect((Int(lines.last ?? "") ?? .max) < 40_000)
        #expect(r.stdout == "{\"a\":1,\"emails\":[],\"people\":[]}\n")
    }

    /// Files read whole have the limit too: a clear error, not runaway memory.
    @Test func aProfileOverTheLimit() throws {
        let r = try run("analyze-job", ["--profile", "/dev/zero"], environment: ["JOBPIPE_MAX_LINE_BYTES": "1M"], timeout: 120)
        #expect(r.status == 74)
        #expect(r.stderr == "analyze-job: /dev/zero: larger than 1048576 bytes (JOBPIPE_MAX_LINE_BYTES)\n")
        #expect(r.stdout == "")
    }

    @Test(arguments: ["0", "-5", "1.5M", "lots"])
    func aLimitThatIsNoSizeIsAUsageError(value: String) throws {
        let r = try run("score-contacts", stdin: "{}\n", environment: ["JOBPIPE_MAX_LINE_BYTES": value])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("Error: JOBPIPE_MAX_LINE_BYTES: not a size in bytes (such as 1048576, 64K, 256M or 1G): '\(value)'\n"))
        #expect(r.stdout == "")
    }
}
