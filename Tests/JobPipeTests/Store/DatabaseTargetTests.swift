import Testing
@testable import JobPipe

@Suite struct DatabaseTargetTests {
    @Test func aPostgresURLIsPostgresAndAnythingElseAPath() {
        #expect(DatabaseTarget.isPostgres("postgresql://u@h/db"))
        #expect(DatabaseTarget.isPostgres("postgres://h/db"))
        #expect(!DatabaseTarget.isPostgres("jobpipe.db"))
        #expect(!DatabaseTarget.isPostgres("./postgresql://x"))
        #expect(!DatabaseTarget.isPostgres(":memory:"))
    }

    @Test func theRedactedTargetHasNoPassword() {
        #expect(DatabaseTarget.redacted("postgresql://app:s3cret@db.example:5433/jobs?sslmode=require")
            == "postgresql://app@db.example:5433/jobs?sslmode=require")
        #expect(DatabaseTarget.redacted("postgresql://app:p%40ss@h/db?password=x&options=-csearch_path%3Djobpipe")
            == "postgresql://app@h/db?options=-csearch_path%3Djobpipe")
        #expect(DatabaseTarget.redacted("postgresql://h/db?password=only") == "postgresql://h/db")
        #expect(DatabaseTarget.redacted("postgres://app@h") == "postgres://app@h")
        #expect(DatabaseTarget.redacted("jobpipe.db") == "jobpipe.db")
    }

    @Test func numberedParametersBecomeDollarsOutsideQuotes() {
        #expect(DatabaseTarget.numberedParameters("SELECT ?1, '?2', \"a?3\", ?10 WHERE x = ?2")
            == "SELECT $1, '?2', \"a?3\", $10 WHERE x = $2")
        #expect(DatabaseTarget.numberedParameters("SELECT 'it''s ?1', ?1") == "SELECT 'it''s ?1', $1")
        #expect(DatabaseTarget.numberedParameters("a ? b") == "a ? b")
    }
}
