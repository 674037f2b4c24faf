import Testing
@testable import JobPipe

@Suite struct LedgerTests {
    @Test func durations() {
        #expect(TimeSpan(argument: "90s")?.seconds == 90)
        #expect(TimeSpan(argument: "5m")?.seconds == 300)
        #expect(TimeSpan(argument: "1h30m")?.seconds == 5400)
        #expect(TimeSpan(argument: "2d")?.seconds == 172_800)
        #expect(TimeSpan(argument: "45")?.seconds == 45)
        #expect(TimeSpan(argument: "") == nil)
        #expect(TimeSpan(argument: "5x") == nil)
        #expect(TimeSpan(argument: "m") == nil)
        #expect(TimeSpan(argument: "1h5") == nil)
    }

    @Test func durationsAreRangeCheckedAsTheyAreRead() {
        // The limit, 3650 days, in every spelling; one second more is refused.
        #expect(TimeSpan.read("3650d") == .success(315_360_000))
        #expect(TimeSpan.read("87600h") == .success(315_360_000))
        #expect(TimeSpan.read("3649d23h59m60s") == .success(315_360_000))
        #expect(TimeSpan.read("315360000") == .success(315_360_000))
        #expect(TimeSpan.read("3650d1s") == .failure(.tooLong))
        #expect(TimeSpan.read("315360001") == .failure(.tooLong))
        // What trapped (Int64 overflow) or wrapped before.
        #expect(TimeSpan.read("9223372036854775807s") == .failure(.tooLong))
        #expect(TimeSpan.read("2562047788015215h") == .failure(.tooLong))
        #expect(TimeSpan.read("106751991167300d") == .failure(.tooLong))
        #expect(TimeSpan.read("99999999999999999999999999999") == .failure(.tooLong))
        #expect(TimeSpan.read("3000d3000d") == .failure(.tooLong))
        // Syntax still decides first where both are wrong in one text.
        #expect(TimeSpan.read("99999999999999999999x") == .failure(.syntax))
        #expect(TimeSpan(argument: "3651d") == nil)
        #expect(TimeSpan.Invalid.tooLong.description == "a duration is at most 3650d (about 10 years)")
        #expect(throws: TimeSpan.Invalid.tooLong) { try TimeSpan.parsing("9223372036854775807s") }
        #expect(throws: TimeSpan.Invalid.syntax) { try TimeSpan.parsing("5x") }
    }

    @Test func backoffDoublesUpToItsCapWithFullJitter() {
        let b = Backoff.standard
        #expect((1...9).map { b.ceiling(afterAttempt: $0) } == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600])
        #expect(b.ceiling(afterAttempt: 500) == 3600)
        for _ in 0..<50 { #expect((0...120).contains(b.delay(afterAttempt: 3))) }
        #expect(Backoff(base: 0, cap: 3600).delay(afterAttempt: 4) == 0)
    }

    @Test func outcomes() throws {
        func outcome(_ line: String) throws -> JobOutcome { JobOutcome(try Record(line: Array(line.utf8))) }
        #expect(try outcome(#"{"contacts":[]}"#).succeeded)
        #expect(try outcome(#"{"error":null}"#).succeeded)
        #expect(try outcome(#"{"pages":[]}"#).succeeded)
        #expect(try outcome(#"{"pages":[{"url":"a","error":{"code":"dns"}},{"url":"b","status":404}]}"#).succeeded)
        #expect(try outcome(#"{"error":{"code":"timeout","message":"slow"}}"#).error == "timeout: slow")
        #expect(try outcome(#"{"error":"plain"}"#).error == "plain")
        #expect(try outcome(#"{"error":{"x":1}}"#).error == #"{"x":1}"#)
        #expect(try outcome(#"{"pages":[{"url":"a","error":{"message":"m"}}]}"#).error == "page failed: m")
    }

    @Test func truncationKeepsWholeCharacters() {
        #expect(truncatedUTF8("abc", limit: 3) == "abc")
        #expect(truncatedUTF8("abé", limit: 3) == "ab")
        #expect(truncatedUTF8("ab€d", limit: 5) == "ab€")
        #expect(truncatedUTF8(String(repeating: "é", count: 600)).utf8.count == 1000)
    }

    @Test func pageBodiesAreLeftOutOfResults() throws {
        let r = try Record(line: Array(#"{"a":1,"pages":[{"url":"u","body":"<p>","status":200}]}"#.utf8))
        #expect(String(decoding: r.withoutPageBodies.bytes, as: UTF8.self) == #"{"a":1,"pages":[{"url":"u","status":200}]}"#)
    }

    @Test func claimTakesDueJobsOnce() throws {
        let ledger = Ledger(db: try Database(path: ":memory:"))
        let t0 = Timestamp.parse("2026-11-22T12:00:00Z")!
        for n in 1...3 {
            _ = try ledger.add(try Record(line: Array("{\"n\":\(n)}".utf8)), kind: "k", key: "k:\(n)", maxAttempts: 2, now: t0)
        }
        try ledger.commitBatch()
        let first = try ledger.claim(kind: "k", limit: 2, lease: 60, now: t0)
        #expect(first.map { String(decoding: $0.bytes, as: UTF8.self) } == [
            #"{"n":1,"job":{"id":1,"key":"k:1","kind":"k","attempt":1}}"#,
            #"{"n":2,"job":{"id":2,"key":"k:2","kind":"k","attempt":1}}"#,
        ])
        #expect(try ledger.claim(kind: "other", limit: 5, lease: 60, now: t0).isEmpty)
        #expect(try ledger.claim(kind: "k", limit: 5, lease: 60, now: t0).count == 1)
        #expect(try ledger.claim(kind: nil, limit: 5, lease: 60, now: t0 + 61).count == 3)
    }
}
