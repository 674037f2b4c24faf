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
}
