import Foundation
import Testing

/// job-ledger add and finish options: --strict, --key-field values, --fail-when.
@Suite final class JobLedgerRecordOptionsTests {
    let tmp: TempDir
    /// The test's database on the engine it runs on (see `use`).
    var database: TestDatabase
    var db: String { database.target }

    init() throws {
        tmp = try TempDir()
        database = try TestDatabase(.sqlite, in: tmp)
    }

    /// Runs the test on `engine`'s own fresh database.
    func use(_ engine: Engine) throws {
        if engine != .sqlite { database = try TestDatabase(engine, in: tmp) }
    }

    func ledger(_ subcommand: String, _ args: [String] = [], stdin: String = "") throws -> RunResult {
        try run("job-ledger", [subcommand, "--db", db] + args, stdin: stdin,
                environment: ["JOBPIPE_NOW": "2026-11-22T12:00:00Z"])
    }

    @Test(arguments: Engine.all) func addStrictExitsOneWhenRecordsCarryErrors(_ engine: Engine) throws {
        try use(engine)
        let input = #"{"n":1}"# + "\n" + #"{"n":2,"error":{"code":"dns"}}"# + "\n"
        let plain = try ledger("add", ["--kind", "k", "--key-field", "n"], stdin: input)
        #expect(plain.status == 0)
        let strict = try ledger("add", ["--kind", "k", "--key-field", "n", "--strict"], stdin: input)
        #expect(strict.status == 1)
        #expect(strict.lines.count == 2)
        #expect(try ledger("add", ["--kind", "k", "--key-field", "n", "--strict"], stdin: #"{"n":1}"# + "\n").status == 0)
    }

    @Test(arguments: Engine.all) func keyFieldsMustBeNonEmptyStringsOrNumbers(_ engine: Engine) throws {
        try use(engine)
        let input = [#"{"id":"a"}"#, #"{"id":2.5}"#, #"{"id":{"x":1}}"#, #"{"id":[1]}"#, #"{"id":true}"#,
                     #"{"id":""}"#, #"{"id":null}"#, #"{}"#].joined(separator: "\n") + "\n"
        let r = try ledger("add", ["--kind", "k", "--key-field", "id"], stdin: input)
        #expect(r.status == 65)
        #expect(r.lines.count == 2)
        #expect(r.lines.map { (try? object($0)["job"] as? [String: Any])??["key"] as? String } == ["k:a", "k:2.5"])
        #expect(r.stderr == """
            job-ledger: line 3: the 'id' field is not a string or number: no job key
            job-ledger: line 4: the 'id' field is not a string or number: no job key
            job-ledger: line 5: the 'id' field is not a string or number: no job key
            job-ledger: line 6: the 'id' field is empty: no job key
            job-ledger: line 7: no 'id' field to make the job key from
            job-ledger: line 8: no 'id' field to make the job key from

            """)
    }

    @Test(arguments: Engine.all) func failWhenFailsJobsOnOtherConditions(_ engine: Engine) throws {
        try use(engine)
        let input = (1...4).map { "{\"n\":\($0)}" }.joined(separator: "\n") + "\n"
        _ = try ledger("add", ["--kind", "k", "--key-field", "n", "--max-attempts", "1"], stdin: input)
        let claimed = try ledger("claim", ["--limit", "4"])
        let results = [#","contacts":[]}"#, #","contacts":[{"email":"a@b.example"}]}"#,
                       #","contacts":[{"email":"a@b.example"}],"blocked":true}"#, #","blocked":false}"#]
        let finished = zip(claimed.lines, results).map { $0.dropLast() + $1 }.joined(separator: "\n") + "\n"
        let r = try ledger("finish", ["--fail-when", "empty:contacts", "--fail-when", "blocked", "--strict"], stdin: finished)
        #expect(r.status == 1)
        #expect(r.lines.map { (try? object($0)["job"] as? [String: Any])??["status"] as? String }
                == ["failure", "success", "failure", "failure"])
        let errors = try ledger("list").lines.map { try object($0)["last_error"] as? String }
        #expect(errors == ["fail-when empty:contacts: 'contacts' is empty", nil,
                           "fail-when blocked: 'blocked' is set", "fail-when empty:contacts: 'contacts' is empty"])
        #expect(try ledger("finish", ["--fail-when", "empty:"]).status == 64)
    }
}
