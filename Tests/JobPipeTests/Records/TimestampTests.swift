import Testing
@testable import JobPipe

@Suite struct TimestampTests {
    @Test func timestampsRoundTripAsRFC3339() {
        #expect(Timestamp.parse("2026-11-22T12:00:00Z") == 1_795_348_800)
        #expect(Timestamp.format(1_795_348_800) == "2026-11-22T12:00:00Z")
        #expect(Timestamp.parse("2026-11-22T13:30:00.250+01:30") == 1_795_348_800)
        #expect(Timestamp.parse("2026-11-22 12:00:00Z") == 1_795_348_800)
        #expect(Timestamp.parse("2026-11-22T12:00:00") == nil)
        #expect(Timestamp.parse("2026-13-22T12:00:00Z") == nil)
        #expect(Timestamp.parse("yesterday") == nil)
    }

    @Test func onlyFourDigitYearsAreWritten() {
        #expect(Timestamp.format(Timestamp.range.lowerBound) == "0000-01-01T00:00:00Z")
        #expect(Timestamp.format(Timestamp.range.upperBound) == "9999-12-31T23:59:59Z")
        // Outside the range: the nearest end, never "11533-7-17T…" or a negative year.
        #expect(Timestamp.format(301_790_000_000) == "9999-12-31T23:59:59Z")
        #expect(Timestamp.format(Int64.max) == "9999-12-31T23:59:59Z")
        #expect(Timestamp.format(-70_000_000_000) == "0000-01-01T00:00:00Z")
        #expect(Timestamp.format(Int64.min) == "0000-01-01T00:00:00Z")
    }

    @Test func addingNeverOverflowsAndStaysInRange() {
        let now = Timestamp.parse("2026-11-22T12:00:00Z")!
        #expect(Timestamp.format(Timestamp.adding(TimeSpan.maximum, to: now)) == "2036-11-19T12:00:00Z")
        #expect(Timestamp.adding(Int64.max, to: now) == Timestamp.range.upperBound)
        #expect(Timestamp.adding(Int64.min, to: now) == Timestamp.range.lowerBound)
        #expect(Timestamp.adding(Int64.max, to: Int64.max) == Timestamp.range.upperBound)
        #expect(Timestamp.adding(-TimeSpan.maximum, to: Timestamp.parse("0001-01-01T00:00:00Z")!) == Timestamp.range.lowerBound)
    }

    @Test func parsingRefusesTimesOutsideTheRange() {
        #expect(Timestamp.parse("9999-12-31T23:59:59Z") == Timestamp.range.upperBound)
        #expect(Timestamp.parse("0000-01-01T00:00:00Z") == Timestamp.range.lowerBound)
        #expect(Timestamp.parse("9999-12-31T23:00:00-02:00") == nil)
        #expect(Timestamp.parse("0000-01-01T00:30:00+01:00") == nil)
        // Offsets are hours below 24 and minutes below 60.
        #expect(Timestamp.parse("2026-11-22T12:00:00+99:00") == nil)
        #expect(Timestamp.parse("2026-11-22T12:00:00+01:75") == nil)
    }
}
