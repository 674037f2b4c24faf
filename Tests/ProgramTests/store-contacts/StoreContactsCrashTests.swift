import Foundation
import Testing

/// store-contacts killed with SIGKILL in the middle of its input: what was
/// stored is whole records only, every record it had handed on is stored,
/// and a re-run leaves the same rows as one clean run.
@Suite struct StoreContactsCrashTests {
    static let now = ["JOBPIPE_NOW": "2026-11-22T12:00:00Z"]
    static let records = 30_000

    /// Record i: three contacts and one page of application i.
    static let input: String = (0..<records).map { i in
        let contacts = (0..<3).map { c in
            #"{"email":"c\#(c)@x\#(i).example","kind":"role","confidence":0.5,"sources":["https://x\#(i).example/"]}"#
        }.joined(separator: ",")
        return #"{"application_id":\#(i),"contacts":[\#(contacts)],"pages":[{"url":"https://x\#(i).example/","status":200}]}"#
    }.joined(separator: "\n") + "\n"

    func sql(_ db: TestDatabase, _ query: String) throws -> String { try db.sql(query) }

    static let rows = "SELECT application_id, email, name, kind, confidence, source_url, method, sources, created_at, updated_at FROM email_contacts ORDER BY application_id, email; SELECT application_id, url, status FROM pages ORDER BY application_id, url;"

    @Test(arguments: Engine.all) func killedMidBatchLeavesWholeRecordsAndARerunTheSameRows(_ engine: Engine) throws {
        let tmp = try TempDir()
        let database = try TestDatabase(engine, in: tmp, name: "crash.db")
        let db = database.target
        let inputFile = try tmp.file("in.ndjson", Self.input)
        let out = tmp.url.appendingPathComponent("out")
        let dying = try Background(binDir.appendingPathComponent("store-contacts"), ["--db", db],
                                   stdin: inputFile, stdout: out, environment: Self.now)
        // Killed as soon as its first batch has been handed on, while it stores the next ones.
        #expect(Background.wait { fileSize(out.path) > 0 })
        let signal = dying.kill9()

        // No partial record: every application stored has its three contacts and its page.
        #expect(try sql(database, """
            SELECT count(*) FROM (SELECT application_id FROM email_contacts GROUP BY application_id HAVING count(*) <> 3) AS partial;
            SELECT count(*) FROM email_contacts WHERE application_id NOT IN (SELECT application_id FROM pages);
            SELECT count(*) FROM pages WHERE application_id NOT IN (SELECT application_id FROM email_contacts);
            """) == "0\n0\n0\n")
        // Every whole line it wrote out had been stored (committed before it was handed on).
        let written = try String(contentsOf: out, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let stored = Int(try sql(database, "SELECT count(DISTINCT application_id) FROM email_contacts")
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        #expect(stored >= written.count)
        if signal == SIGKILL {
            print("store-contacts killed after \(written.count) records handed on, \(stored) stored, of \(Self.records)")
        }

        let rerun = try run("store-contacts", ["--db", db, inputFile.path], environment: Self.now)
        #expect(rerun.status == 0)
        #expect(rerun.lines.count == Self.records)
        let counts = rerun.lines.map { String($0[$0.range(of: #""stored":"#)!.lowerBound...]) }
        let inserted = #""stored":{"inserted":3,"updated":0,"unchanged":0}}"#
        let unchanged = #""stored":{"inserted":0,"updated":0,"unchanged":3}}"#
        #expect(counts.filter { $0 == unchanged }.count == stored)
        #expect(counts.filter { $0 == inserted }.count == Self.records - stored)

        let clean = try TestDatabase(engine, in: tmp, name: "clean.db")
        #expect(try run("store-contacts", ["--db", clean.target, inputFile.path], environment: Self.now).status == 0)
        let rows = try sql(database, Self.rows)
        #expect(rows.split(separator: "\n").count == 4 * Self.records)
        #expect(rows == (try sql(clean, Self.rows)))
    }
}
