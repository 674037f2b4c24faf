import CLibFuzzer
import JobPipe
#if canImport(Glibc)
import Glibc
#endif

/// jobpipe-fuzz TARGET [libFuzzer's options] [corpus folder… | input file…]
///
/// One program for every harness of `FuzzTarget` (Sources/JobPipe/Fuzz/),
/// built only by `make fuzz` (JOBPIPE_FUZZ=1 adds it to the package) with
/// `-sanitize=fuzzer,address`. SwiftPM gives an executable its own `main`,
/// which takes the place of libFuzzer's, so this main names the harness
/// and hands the rest of the command line to libFuzzer's
/// `LLVMFuzzerRunDriver`: one link of the instrumented library for all
/// harnesses, not one each. With files in place of folders, libFuzzer runs
/// each input once (how a crash is reproduced).
@main struct FuzzDriver {
    nonisolated(unsafe) static var target: FuzzTarget!

    static func main() {
        let args = CommandLine.arguments
        guard args.count >= 2, let target = FuzzTarget.named(args[1]) else {
            let names = FuzzTarget.all.map(\.name).joined(separator: " ")
            fputs("usage: jobpipe-fuzz TARGET [libFuzzer options] [corpus…]\ntargets: \(names)\n", stderr)
            exit(64)
        }
        Self.target = target
        // the harness's -max_len unless the command line gives one
        var rest = [args[0]] + args.dropFirst(2)
        if !rest.contains(where: { $0.hasPrefix("-max_len=") }) { rest.insert("-max_len=\(target.maxLength)", at: 1) }
        var argc = Int32(rest.count)
        let strings = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: rest.count + 1)
        for (i, a) in rest.enumerated() { strings[i] = strdup(a) }
        strings[rest.count] = nil
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = strings
        exit(LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput))
    }
}

/// The harness on one input: libFuzzer's callback (the archive's own main,
/// which ours replaces, names it too, so it must exist by this name).
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzDriver.target.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}
