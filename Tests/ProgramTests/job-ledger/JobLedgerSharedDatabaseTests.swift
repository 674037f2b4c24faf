import Foundation
import Testing

/// What an application sharing the database relies on: migrations applied
/// once by workers starting together (PostgreSQL, under an advisory lock),
/// jobs inserted with plain SQL (both engines), and URLs whose password is
/// never printed. (The rest runs on both engines in the other suites.)
@Suite struct JobLedgerSharedDatabaseTests {
    /// Four workers opening one new database at once: each migration is applied once, and all of them work.
    @Test(arguments: Engine.postgresOnly) func workersMigratingANewDatabaseAtOnceApplyEachMigrationOnce(_ engine: Engine) throws {
        let tmp = try TempDir()
        let database = try TestDatabase(engine, in: tmp)
        let script = """
            for i in 1 2 3 4; do job-ledger list --db "$1" > "$2/out.$i" 2>&1 & done
            fails=0
            for p in $(jobs -p); do wait "$p" || fails=$((fails + 1)); done
            cat "$2"/out.*
            exit "$fails"
            """
        let r = try runExecutable(URL(fileURLWithPath: "/bin/bash"), ["-c", script, "sh", database.target, tmp.url.path])
        #expect(r.status == 0)
        #expect(r.stdout == "")
        #expect(try database.sql("SELECT version, name, count(*) FROM schema_migrations GROUP BY version, name ORDER BY version")
            == "1|contacts and pages|1\n2|job ledger|1\n3|contact position, guessed, mx|1\n4|postings|1\n")
    }

    /// An application's `INSERT INTO jobs (kind, key, payload)`, all else
    /// defaulted, is a job the workers take (on SQLite since migration 5).
    @Test(arguments: Engine.all) func aJobInsertedWithPlainSQLIsTaken(_ engine: Engine) throws {
        let tmp = try TempDir()
        let database = try TestDatabase(engine, in: tmp)
        _ = try run("job-ledger", ["list", "--db", database.target])
        _ = try database.sql("""
            INSERT INTO jobs (kind, key, payload) VALUES ('contacts', 'contacts:42', '{"application_id":42}');
            """)
        #expect(try database.sql("SELECT count(*) FROM jobs WHERE created_at = updated_at AND next_run_at = created_at"
            + " AND created_at LIKE '____-__-__T__:__:__Z' AND status = 'pending'") == "1\n")
        let claimed = try run("job-ledger", ["claim", "--db", database.target, "--kind", "contacts"])
        #expect(claimed.stdout == #"{"application_id":42,"job":{"id":1,"key":"contacts:42","kind":"contacts","attempt":1}}"# + "\n")
        #expect(try database.sql("SELECT status, attempts, max_attempts FROM jobs") == "running|1|3\n")
        let done = try run("job-ledger", ["finish", "--db", database.target], stdin: claimed.stdout)
        #expect(done.status == 0)
        #expect(try database.sql("SELECT j.status, r.attempt, r.status FROM jobs j JOIN runs r ON r.job_id = j.id")
            == "success|1|success\n")
    }

    /// URL parameters reach libpq as they are: `sslmode=require` against the
    /// test server, which has no TLS, is refused by libpq (and named without
    /// the password); `options=-csearch_path=` (every test here) picks the schema.
    @Test(arguments: Engine.postgresOnly) func sslmodePassesThroughToLibpq(_ engine: Engine) throws {
        let tmp = try TempDir()
        let database = try TestDatabase(engine, in: tmp)
        let url = database.target.replacingOccurrences(of: "postgres@", with: "postgres:pw@") + "&sslmode=require"
        let r = try run("job-ledger", ["list", "--db", url])
        #expect(r.status == 74)
        #expect(r.stderr.contains("server does not support ssl, but ssl was required"))
        #expect(r.stderr.hasPrefix("job-ledger: " + database.target + "&sslmode=require: "))
        #expect(try run("job-ledger", ["list", "--db", database.target + "&sslmode=disable"]).status == 0)
    }

    /// Errors name the database by its URL without the password (given in the URL or as a parameter).
    @Test func theURLsPasswordIsNeverPrinted() throws {
        let r = try run("job-ledger", ["list", "--db", "postgresql://app:s3cret@127.0.0.1:1/jobs?password=other&connect_timeout=5"])
        #expect(r.status == 74)
        #expect(r.stderr.hasPrefix("job-ledger: postgresql://app@127.0.0.1:1/jobs?connect_timeout=5: connection to server at \"127.0.0.1\", port 1 failed"))
        #expect(!r.stderr.contains("s3cret"))
        #expect(!r.stderr.contains("other"))
    }
}
