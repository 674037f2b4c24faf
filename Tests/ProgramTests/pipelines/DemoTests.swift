import Foundation
import Testing

/// `make demo`: pipelines/demo on the sample sites, end to end.
@Suite struct DemoTests {
    @Test func demoStoresTheExpectedContacts() throws {
        let tmp = try TempDir()
        let db = tmp.path("demo.db")
        let r = try runExecutable(URL(fileURLWithPath: "/bin/sh"),
                                  [packageRoot.appendingPathComponent("pipelines/demo").path, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr == """
            == pipelines/discover-contacts < samples/applications.ndjson
            discover-contacts: 3 applications read
            discover-contacts: batches run: 1; pending a retry later: 0; held by other runs: 0
            == stored contacts (store-contacts export --format table)
            == the ledger (job-ledger stats --format table)

            """)
        #expect(r.lines.first == "application_id  email                            name              kind      confidence  source_url")
        #expect(r.lines.suffix(2) == [
            "kind      pending  running  success  failure  cancelled  total  oldest_pending_at  oldest_pending_age_ms",
            "contacts        0        0        3        0          0      3  -                  -",
        ])

        // What was stored, less the server's port.
        let export = try run("store-contacts", ["export", "--db", db, "--format", "csv"])
        #expect(export.status == 0 && export.stderr == "", "\(export.stderr)")
        let rows = export.lines.map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).prefix(7)
                .joined(separator: ",").replacingOccurrences(of: #":[0-9]+/"#, with: "/", options: .regularExpression)
        }
        #expect(rows == [
            "application_id,email,name,kind,confidence,source_url,method",
            "1,jane.doe@acme.example,Jane Doe,personal,1,http://acme.example/careers/,mailto",
            "1,jobs@acme.example,,role,0.9,http://acme.example/careers/,mailto",
            "1,hello@acme.example,,generic,0.75,http://acme.example/contact.html,mailto",
            "1,info@acme.example,,generic,0.6,http://acme.example/,text",
            "1,press@acme.example,,service,0.6,http://acme.example/contact.html,text",
            "1,noreply@acme.example,,noreply,0.35,http://acme.example/contact.html,text",
            "2,erika.musterfrau@globex.example,Erika Musterfrau,personal,0.95,http://globex.example/karriere.html,text",
            "2,bewerbung@globex.example,,role,0.9,http://globex.example/karriere.html,mailto",
            "2,info@globex.example,,generic,0.7,http://globex.example/impressum.html,obfuscated",
            "2,datenschutz@globex.example,,service,0.55,http://globex.example/impressum.html,text",
            "3,careers@initech.example,,role,0.85,http://initech.example/jobs/,text",
            "3,bill.lumbergh@initech.example,Bill Lumbergh,personal,0.7,http://initech.example/jobs/42.html,text",
            "3,contact@initech.example,,generic,0.6,http://initech.example/,text",
            "3,peter.gibbons@gmail.com,Peter Gibbons,personal,0.45,http://initech.example/team.html,text",
        ])
    }
}
