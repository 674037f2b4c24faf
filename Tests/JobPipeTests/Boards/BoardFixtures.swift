import Foundation

/// `Tests/Fixtures/boards/NAME`, written for these tests (see its README).
func boardFixture(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/boards/\(name)")
    return try String(contentsOf: url, encoding: .utf8)
}

/// `../shared/corpus/ats-feeds` beside the repository, when it is there.
let atsFeeds: URL? = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/ats-feeds")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
}()
