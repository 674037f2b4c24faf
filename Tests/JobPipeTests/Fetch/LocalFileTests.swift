import Foundation
import Testing
@testable import JobPipe

/// fetch-page reads file URLs itself: the path they name, and what is read.
@Suite struct LocalFileTests {
    func path(_ url: String) -> String {
        guard let u = WebURL(url) else { return "unparsed" }
        do { return String(decoding: try LocalFile.path(of: u), as: UTF8.self) } catch { return "\(error.code.rawValue): \(error.message)" }
    }

    @Test func pathsArePercentDecoded() {
        #expect(path("file:///tmp/a%20b.html") == "/tmp/a b.html")
        #expect(path("file:///tmp/a%2Fb%c3%a9.html?x=1") == "/tmp/a/bé.html")
        #expect(path("file://localhost/tmp/a.html") == "/tmp/a.html")
        #expect(path("file:///tmp/100%25") == "/tmp/100%")
        #expect(path("file:///tmp/%00.html") == "invalid_url: a file URL's path may not hold a NUL byte (%00): file:///tmp/%00.html")
    }

    func read(_ contents: [UInt8], maxBytes: Int) throws -> ([UInt8], Bool) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("jobpipe-localfile-\(UUID().uuidString)")
        try Data(contents).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try LocalFile.read(Array(file.path.utf8), maxBytes: maxBytes)
    }

    @Test func atMostMaxBytesAreRead() throws {
        let bytes = (0..<200_000).map { UInt8($0 % 251) }
        #expect(try read(bytes, maxBytes: 1000) == (Array(bytes.prefix(1000)), true))
        #expect(try read(bytes, maxBytes: 200_000) == (bytes, false))
        #expect(try read(bytes, maxBytes: 199_999) == (Array(bytes.prefix(199_999)), true))
        #expect(try read(bytes, maxBytes: 5_000_000) == (bytes, false))
        #expect(try read([], maxBytes: 1) == ([], false))
    }

    func failure(_ path: String) -> String {
        do {
            _ = try LocalFile.read(Array(path.utf8), maxBytes: 10)
            return "read"
        } catch {
            return "\(error.code.rawValue): \(error.message)"
        }
    }

    @Test func onlyRegularFilesAreRead() {
        #expect(failure("/dev/zero") == "not_regular_file: /dev/zero is not a regular file but a character device")
        #expect(failure("/") == "not_regular_file: / is not a regular file but a directory")
        #expect(failure("/nonexistent/x") == "not_found: couldn't open file /nonexistent/x")
        #expect(failure("/etc/hostname/x") == "not_found: couldn't open file /etc/hostname/x: not a directory")
    }
}
