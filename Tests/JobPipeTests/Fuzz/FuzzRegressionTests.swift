import Foundation
import Testing
@testable import JobPipe

/// Every input kept in Tests/FuzzRegressions/<target>/ (seeds written by
/// hand, and each crash `make fuzz` ever found, once fixed) run through its
/// harness without the fuzzer: a crash found is a test case kept forever.
/// A harness's checks trap, so a regression stops the test run with the
/// harness's message; this test names the file before running it.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("FuzzRegressions")

    static func inputs(_ target: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder.appendingPathComponent(target), includingPropertiesForKeys: nil)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test(arguments: FuzzTarget.all.map(\.name))
    func keptInputsStillPass(_ name: String) throws {
        let target = try #require(FuzzTarget.named(name))
        let files = try Self.inputs(name)
        #expect(!files.isEmpty, "Tests/FuzzRegressions/\(name)/ holds no input")
        for file in files {
            let data = try Data(contentsOf: file)
            print("fuzz regression \(name)/\(file.lastPathComponent)")
            data.withUnsafeBytes { target.run($0.bindMemory(to: UInt8.self)) }
        }
    }

    @Test func everyFolderNamesATarget() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
        #expect(Set(folders) == Set(FuzzTarget.all.map(\.name)))
    }
}
