/// The readers of outside input, each with a harness that feeds it any bytes
/// and checks what must hold whatever they are (the checks trap, which is
/// what a fuzzer and a test both see as a failure).
///
/// `make fuzz` runs them under libFuzzer (`Fuzz/Driver`, built with
/// `-sanitize=fuzzer,address`); `FuzzRegressionTests` replays every input
/// kept in `Tests/FuzzRegressions/<name>/` through the same functions,
/// without the fuzzer, in `make test`. A harness is small: it calls the
/// reader the way a program does and checks its invariants.
package struct FuzzTarget: Sendable {
    /// What `make fuzz` and `Tests/FuzzRegressions/` call it.
    package let name: String
    /// libFuzzer's `-max_len`: the size of input the reader is about, past
    /// which the fuzzer spends its time copying rather than exploring.
    package let maxLength: Int
    /// Runs the reader on one input.
    package let run: @Sendable (UnsafeBufferPointer<UInt8>) -> Void

    package static let all: [FuzzTarget] = [
        FuzzTarget(name: "record", maxLength: 4096, run: { Fuzz.record($0) }),
        FuzzTarget(name: "json", maxLength: 4096, run: { Fuzz.json($0) }),
        FuzzTarget(name: "scan-kernels", maxLength: 1024, run: { Fuzz.scanKernels($0) }),
        FuzzTarget(name: "html", maxLength: 16384, run: { Fuzz.html($0) }),
        FuzzTarget(name: "character-references", maxLength: 512, run: { Fuzz.characterReferences($0) }),
        FuzzTarget(name: "address-scanner", maxLength: 4096, run: { Fuzz.addressScanner($0) }),
        FuzzTarget(name: "email-page", maxLength: 16384, run: { Fuzz.emailPage($0) }),
        FuzzTarget(name: "email-decoders", maxLength: 1024, run: { Fuzz.emailDecoders($0) }),
        FuzzTarget(name: "robots-txt", maxLength: 4096, run: { Fuzz.robotsTxt($0) }),
        FuzzTarget(name: "url", maxLength: 1024, run: { Fuzz.url($0) }),
        FuzzTarget(name: "charset", maxLength: 4096, run: { Fuzz.charset($0) }),
        FuzzTarget(name: "salary", maxLength: 512, run: { Fuzz.salary($0) }),
        FuzzTarget(name: "location", maxLength: 2048, run: { Fuzz.location($0) }),
        FuzzTarget(name: "posting", maxLength: 16384, run: { Fuzz.posting($0) }),
        FuzzTarget(name: "feed", maxLength: 16384, run: { Fuzz.feed($0) }),
    ]

    package static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }
}

/// The harnesses, one file each (`Fuzz+Name.swift`).
enum Fuzz {
    /// Traps, naming the invariant, when `ok` is false.
    static func check(_ ok: @autoclosure () -> Bool, _ what: @autoclosure () -> String,
                      file: StaticString = #fileID, line: UInt = #line) {
        if !ok() { fatalError("fuzz check failed: \(what())", file: file, line: line) }
    }

    /// Input split in two at its first NUL (two fields from one input: a URL
    /// and its base, a robots.txt and a path); the second is empty without one.
    static func split(_ data: UnsafeBufferPointer<UInt8>) -> (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) {
        guard let nul = data.firstIndex(of: 0) else { return (data, UnsafeBufferPointer(rebasing: data[data.endIndex...])) }
        return (UnsafeBufferPointer(rebasing: data[..<nul]), UnsafeBufferPointer(rebasing: data[(nul + 1)...]))
    }

    static func text(_ data: UnsafeBufferPointer<UInt8>) -> String { String(decoding: data, as: UTF8.self) }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer(Charset.isValidUTF8) }
}
