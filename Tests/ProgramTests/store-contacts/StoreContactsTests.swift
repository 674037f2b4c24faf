import Foundation
import Testing

/// store-contacts: idempotent storing, counts, pages, export formats.
@Suite struct StoreContactsTests {
    static let now = ["JOBPIPE_NOW": "2026-11-22T12:00:00Z"]
    static let later = ["JOBPIPE_NOW": "2026-11-22T13:00:00Z"]

    static let first = #"{"application_id":7,"contacts":[{"email":"jobs@acme.example","name":null,"kind":"role","confidence":0.85,"domain_match":"exact","free_provider":false,"sources":["https://acme.example/careers"],"reasons":["recruiting address"]},{"email":"jane.doe@acme.example","name":null,"kind":"personal","confidence":0.6,"sources":["https://acme.example/team"],"reasons":[],"method":"text"}],"pages":[{"url":"https://acme.example/","final_url":"https://acme.example/","status":200,"fetched_at":"2026-11-22T11:59:00Z"},{"url":"https://acme.example/contact","error":{"code":"timeout","message":"no response"}}]}"#
    static let second = #"{"url":"https://beta.example/jobs/1","contacts":[{"email":"hr@beta.example","name":"Beta HR","kind":"role","confidence":0.9,"sources":["https://beta.example/contact"],"reasons":[]}]}"#
    /// application 7 again: jane with a name and a higher confidence from a new page; jobs@ unchanged.
    static let rerun = #"{"application_id":"7","zeta":true,"contacts":[{"email":"jobs@acme.example","name":null,"kind":"role","confidence":0.5,"sources":["https://acme.example/careers"],"reasons":[]},{"email":"Jane.Doe@acme.example","name":"Jane Doe","kind":"personal","confidence":0.7,"sources":["https://acme.example/about"],"reasons":[],"method":"mailto"}]}"#

    @Test(arguments: Engine.all) func storesOnceAndCountsWhatARerunChanges(_ engine: Engine) throws {
        let tmp = try TempDir()
        let database = try TestDatabase(engine, in: tmp, name: "j.db")
        let db = database.target
        let input = Self.first + "\n" + Self.second + "\n{\"nothing\":1}\n"
        let r1 = try run("store-contacts", ["--db", db], stdin: input, environment: Self.now)
        #expect(r1.status == 0)
        #expect(r1.stderr == "")
        #expect(r1.lines == [
            Self.first.dropLast() + #","stored":{"inserted":2,"updated":0,"unchanged":0}}"#,
            Self.second.dropLast() + #","stored":{"inserted":1,"updated":0,"unchanged":0}}"#,
            #"{"nothing":1,"stored":{"inserted":0,"updated":0,"unchanged":0}}"#,
        ])
        let r2 = try run("store-contacts", ["--db", db], stdin: input, environment: Self.later)
        #expect(r2.lines.map { $0.hasSuffix(#""stored":{"inserted":0,"updated":0,"unchanged":2}}"#) } == [true, false, false])
        #expect(r2.lines[1].hasSuffix(#""stored":{"inserted":0,"updated":0,"unchanged":1}}"#))
        let r3 = try run("store-contacts", ["--db", db], stdin: Self.rerun + "\n", environment: Self.later)
        #expect(r3.stdout == Self.rerun.dropLast() + #","stored":{"inserted":0,"updated":1,"unchanged":1}}"# + "\n")

        let export = try run("store-contacts", ["export", "--db", db], environment: Self.later)
        #expect(export.status == 0)
        #expect(export.stdout == """
            {"application_id":"7","email":"jobs@acme.example","name":null,"kind":"role","confidence":0.85,"source_url":"https://acme.example/careers","method":null,"sources":["https://acme.example/careers"],"created_at":"2026-11-22T12:00:00Z","updated_at":"2026-11-22T12:00:00Z","position":null,"guessed":false,"mx":null}
            {"application_id":"7","email":"jane.doe@acme.example","name":"Jane Doe","kind":"personal","confidence":0.7,"source_url":"https://acme.example/about","method":"mailto","sources":["https://acme.example/team","https://acme.example/about"],"created_at":"2026-11-22T12:00:00Z","updated_at":"2026-11-22T13:00:00Z","position":null,"guessed":false,"mx":null}
            {"application_id":"https://beta.example/jobs/1","email":"hr@beta.example","name":"Beta HR","kind":"role","confidence":0.9,"source_url":"https://beta.example/contact","method":null,"sources":["https://beta.example/contact"],"created_at":"2026-11-22T12:00:00Z","updated_at":"2026-11-22T12:00:00Z","position":null,"guessed":false,"mx":null}

            """)
        let pages = try database.sql("SELECT application_id, url, final_url, status, fetched_at, error FROM pages ORDER BY id")
        #expect(pages == """
            7|https://acme.example/|https://acme.example/|200|2026-11-22T11:59:00Z|
            7|https://acme.example/contact||||timeout

            """)
    }

    @Test(arguments: Engine.all) func exportsTableAndCSV(_ engine: Engine) throws {
        let tmp = try TempDir()
        let database = try TestDatabase(engine, in: tmp, name: "j.db")
        let db = database.target
        let names = #"{"application_id":12,"contacts":[{"email":"a@x.example","name":"Smith, \"Al\"","kind":"personal","confidence":0.75,"sources":["https://x.example/a"],"reasons":[]}]}"#
        _ = try run("store-contacts", ["--db", db], stdin: Self.first + "\n" + names + "\n", environment: Self.now)
        let table = try run("store-contacts", ["export", "--db", db, "--format", "table"])
        #expect(table.status == 0)
        #expect(table.stdout == """
            application_id  email                  name         kind      confidence  source_url
            7               jobs@acme.example      -            role            0.85  https://acme.example/careers
            7               jane.doe@acme.example  -            personal         0.6  https://acme.example/team
            12              a@x.example            Smith, "Al"  personal        0.75  https://x.example/a

            """)
        let csv = try run("store-contacts", ["export", "--db", db, "--format", "csv", "--application", "12"])
        #expect(csv.stdout == "application_id,email,name,kind,confidence,source_url,method,sources,created_at,updated_at,position,guessed,mx\n"
            + "12,a@x.example,\"Smith, \"\"Al\"\"\",personal,0.75,https://x.example/a,,\"[\"\"https://x.example/a\"\"]\",2026-11-22T12:00:00Z,2026-11-22T12:00:00Z,,false,\n")
    }

    /// A line that is no JSON is rejected; a record whose contact has no
    /// address goes on with a `bad_field` error; nothing of either is stored.
    @Test(arguments: Engine.all) func badRecordsAreRejectedAndNothingOfThemIsStored(_ engine: Engine) throws {
        let tmp = try TempDir()
        let database = try TestDatabase(engine, in: tmp, name: "j.db")
        let db = database.target
        let noID = #"{"contacts":[{"email":"a@x.example","confidence":0.5}]}"#
        let badContact = #"{"application_id":3,"contacts":[{"email":"ok@x.example","confidence":0.5},{"name":"no email"}]}"#
        let r = try run("store-contacts", ["--db", db, "--rejects", tmp.path("rej")],
                        stdin: noID + "\n" + badContact + "\nnot json\n" + Self.second + "\n", environment: Self.now)
        #expect(r.status == 65)
        #expect(r.stderr == """
            store-contacts: line 2: warning: 'contacts[1]' has no 'email'
            store-contacts: line 3: not a JSON object at byte 1

            """)
        let unattributed: String = noID.dropLast() + #","stored":{"inserted":0,"updated":0,"unchanged":0},"error":{"code":"no_application","message":"no application_id or url to store the contacts under"}}"#
        let badField: String = badContact.dropLast() + #","error":{"code":"bad_field","message":"'contacts[1]' has no 'email'"}}"#
        let stored: String = Self.second.dropLast() + #","stored":{"inserted":1,"updated":0,"unchanged":0}}"#
        #expect(r.lines == [unattributed, badField, stored])
        let export = try run("store-contacts", ["export", "--db", db, "--format", "table"])
        #expect(export.stdout == """
            application_id               email            name     kind  confidence  source_url
            https://beta.example/jobs/1  hr@beta.example  Beta HR  role         0.9  https://beta.example/contact

            """)
        #expect(try String(contentsOfFile: tmp.path("rej"), encoding: .utf8) == "not json\n")
    }

    /// Eight processes storing the same records at once (on PostgreSQL each
    /// may find a contact another has just inserted: ON CONFLICT, then a
    /// merge): all succeed, each contact is stored once, the rows are those
    /// of one writer alone, and a later run finds every one unchanged.
    @Test(arguments: Engine.all) func concurrentWritersStoreEachContactOnce(_ engine: Engine) throws {
        let tmp = try TempDir()
        let database = try TestDatabase(engine, in: tmp, name: "j.db")
        let input = try tmp.file("in.ndjson", (1...300).map { i in
            #"{"application_id":\#(i % 50),"contacts":[{"email":"p\#(i)@x.example","confidence":0.5},{"email":"hr@x\#(i % 50).example","confidence":0.\#(i % 9 + 1)}]}"#
        }.joined(separator: "\n") + "\n")
        let r = try runExecutable(URL(fileURLWithPath: "/bin/bash"), ["-c", """
            seq 8 | xargs -P 8 -I{} sh -c 'store-contacts --db "$1" "$2" > /dev/null || echo "writer {} failed"' sh "$1" "$2"
            """, "sh", database.target, input.path], environment: Self.now)
        #expect(r.status == 0)
        #expect(r.stdout == "")
        #expect(try database.sql("SELECT count(*), count(DISTINCT application_id || ' ' || email) FROM email_contacts")
            == "350|350\n")
        // The same rows as one writer alone: the highest confidence of each contact kept.
        let alone = try TestDatabase(engine, in: tmp, name: "alone.db")
        #expect(try run("store-contacts", ["--db", alone.target, input.path], environment: Self.now).status == 0)
        let rows = "SELECT application_id, email, confidence, sources, created_at FROM email_contacts ORDER BY application_id, email"
        #expect(try database.sql(rows) == (try alone.sql(rows)))
        let again = try run("store-contacts", ["--db", database.target, input.path], environment: Self.now)
        #expect(again.lines.count == 300)
        #expect(again.lines.allSatisfy { $0.hasSuffix(#""stored":{"inserted":0,"updated":0,"unchanged":2}}"#) })
    }

    @Test func databaseFileIsPrivate() throws {
        let tmp = try TempDir()
        let db = tmp.path("j.db")
        _ = try run("store-contacts", ["--db", db], stdin: Self.second + "\n")
        let mode = try FileManager.default.attributesOfItem(atPath: db)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func databaseErrorStopsWithStatus74() throws {
        let tmp = try TempDir()
        let r = try run("store-contacts", ["--db", tmp.path("no/such/dir/j.db")], stdin: Self.second + "\n")
        #expect(r.status == 74)
        #expect(r.stdout == "")
        #expect(r.stderr == "store-contacts: \(tmp.path("no/such/dir/j.db")): no such file or directory\n")
        let junk = try tmp.file("junk.db", String(repeating: "not a database\n", count: 100))
        let e = try run("store-contacts", ["export", "--db", junk.path])
        #expect(e.status == 74)
        #expect(e.stderr == "store-contacts: \(junk.path): pragma journal_mode=wal: file is not a database\n")
    }
}

/// store-contacts keeps score-contacts' position, guessed and mx (migration 3);
/// an address seen on a page is no guess any more, and the latest DNS answer counts.
@Suite struct StoreContactsPeopleTests {
    @Test(arguments: Engine.all) func positionGuessedAndMXAreKept(_ engine: Engine) throws {
        let tmp = try TempDir()
        let db = try TestDatabase(engine, in: tmp, name: "j.db").target
        let guessed = #"{"application_id":5,"contacts":[{"email":"sabine.kraemer@vogel-bau.example","name":"Sabine Krämer","position":"Personalreferentin","kind":"personal","confidence":0.55,"sources":["https://vogel-bau.example/karriere/"],"guessed":true,"pattern":"{first}.{last}","mx":true},{"email":"jobs@nomail.example","confidence":0.8,"mx":false}]}"#
        let seen = #"{"application_id":5,"contacts":[{"email":"sabine.kraemer@vogel-bau.example","confidence":0.7,"sources":["https://vogel-bau.example/team"],"guessed":false,"mx":null}]}"#
        let r = try run("store-contacts", ["--db", db], stdin: guessed + "\n", environment: ["JOBPIPE_NOW": "2026-11-22T12:00:00Z"])
        #expect(r.status == 0 && r.stderr == "")
        let export = try run("store-contacts", ["export", "--db", db, "--format", "csv"])
        #expect(export.stdout == """
            application_id,email,name,kind,confidence,source_url,method,sources,created_at,updated_at,position,guessed,mx
            5,jobs@nomail.example,,,0.8,,,[],2026-11-22T12:00:00Z,2026-11-22T12:00:00Z,,false,false
            5,sabine.kraemer@vogel-bau.example,Sabine Krämer,personal,0.55,https://vogel-bau.example/karriere/,,"[""https://vogel-bau.example/karriere/""]",2026-11-22T12:00:00Z,2026-11-22T12:00:00Z,Personalreferentin,true,true

            """)
        let again = try run("store-contacts", ["--db", db], stdin: seen + "\n", environment: ["JOBPIPE_NOW": "2026-11-22T13:00:00Z"])
        #expect(again.stdout.hasSuffix(#""stored":{"inserted":0,"updated":1,"unchanged":0}}"# + "\n"))
        let json = try run("store-contacts", ["export", "--db", db, "--application", "5"])
        let sabine = try json.lines.map(object).first { $0["email"] as? String == "sabine.kraemer@vogel-bau.example" }!
        #expect(sabine["position"] as? String == "Personalreferentin")
        #expect(sabine["guessed"] as? Bool == false)
        #expect(sabine["mx"] as? Bool == true)
        #expect(sabine["confidence"] as? Double == 0.7)
    }
}
