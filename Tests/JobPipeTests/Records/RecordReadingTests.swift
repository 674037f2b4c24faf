import Testing
@testable import JobPipe

/// What a record reader promises whatever the line.
@Suite struct RecordReadingTests {
    /// jobpipe(7): objects and arrays nest at most 512 deep, the record counting as one.
    @Test func nestingLimit() throws {
        func line(_ depth: Int) -> [UInt8] {
            Array(#"{"a":"#.utf8) + [UInt8](repeating: 0x5B, count: depth - 1) + [UInt8](repeating: 0x5D, count: depth - 1) + [0x7D]
        }
        let deepest = try Record(line: line(512))
        #expect(deepest.value("a") != nil)
        #expect(throws: JSONError.self) { try Record(line: line(513)) }
        do { _ = try Record(line: line(513)) } catch let e as JSONError { #expect(e.description == "nested too deeply at byte 517") }
    }
}
