import Foundation
import Testing

/// `job-ledger claim --wait`: a claim with nothing due waits for a job.
@Suite struct JobLedgerWaitTests {
    /// A job inserted with plain SQL (psql, sqlite3) while a claim waits is
    /// taken by that claim.
    @Test(arguments: Engine.all) func aWaitingClaimTakesAJobInsertedWithPlainSQL(_ engine: Engine) throws {
        let tmp = try TempDir()
        let database = try TestDatabase(engine, in: tmp)
        #expect(try run("job-ledger", ["list", "--db", database.target]).status == 0)
        let out = tmp.url.appendingPathComponent("claimed")
        let waiting = try Background(binDir.appendingPathComponent("job-ledger"),
                                     ["claim", "--db", database.target, "--kind", "w", "--wait", "5m"], stdout: out)
        _ = try database.sql(#"INSERT INTO jobs (kind, key, payload) VALUES ('w', 'w:1', '{"n":1}');"#)
        #expect(Background.wait { fileSize(out.path) > 0 })
        waiting.process.waitUntilExit()
        #expect(waiting.process.terminationStatus == 0)
        #expect(try String(contentsOf: out, encoding: .utf8)
            == #"{"n":1,"job":{"id":1,"key":"w:1","kind":"w","attempt":1}}"# + "\n")
    }

    /// With nothing to take, the claim ends empty when its time is up.
    @Test(arguments: Engine.all) func aWaitWithNothingToTakeEndsEmpty(_ engine: Engine) throws {
        let tmp = try TempDir()
        let database = try TestDatabase(engine, in: tmp)
        let r = try run("job-ledger", ["claim", "--db", database.target, "--wait", "1s"], timeout: 120)
        #expect(r.status == 0)
        #expect(r.stdout == "")
    }
}
