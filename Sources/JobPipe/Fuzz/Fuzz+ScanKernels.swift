import CJobPipe

extension Fuzz {
    /// The C scanning kernels (json_scan.h, text_scan.h): the SSE2 ones and
    /// the plain C ones give the same answers from every start, and neither
    /// reads outside the bytes it is given (AddressSanitizer watches, and
    /// the fuzzer's input ends exactly where its buffer does).
    static func scanKernels(_ data: UnsafeBufferPointer<UInt8>) {
        guard let base = data.baseAddress else { return }
        let n = data.count
        // from each of the first 17 bytes: every alignment of a 16-byte load
        for from in 0..<min(n, 17) {
            let p = base + from, m = n - from
            let end = jp_json_string_end_scalar(p, m)
            var lf = Int32(0), lfScalar = Int32(0)
            let text = jp_text_run_scalar(p, m), space = jp_space_run_scalar(p, m, &lfScalar)
            check(end < m && text <= m && space <= m, "a kernel ran past its input")
            #if arch(x86_64)
            check(jp_json_string_end_sse2(p, m) == end, "jp_json_string_end: SSE2 and scalar differ from \(from)")
            check(jp_text_run_sse2(p, m) == text, "jp_text_run: SSE2 and scalar differ from \(from)")
            check(jp_space_run_sse2(p, m, &lf) == space && lf == lfScalar, "jp_space_run: SSE2 and scalar differ from \(from)")
            #endif
            guard end >= 0 else { continue }
            // a body the checker passed: unescaped alike, valid UTF-8 when ASCII
            var out = [UInt8](repeating: 0, count: end + 4)
            var ascii = Int32(0)
            let k = out.withUnsafeMutableBufferPointer { jp_json_unescape_scalar(p, end, $0.baseAddress, &ascii) }
            check(k >= 0 && k <= end, "jp_json_unescape wrote \(k) bytes for a body of \(end)")
            let unescaped = Array(out[0..<k])
            if ascii != 0 { check(isValidUTF8(unescaped), "unescaped ASCII is not valid UTF-8") }
            #if arch(x86_64)
            var out2 = [UInt8](repeating: 0, count: end + 4)
            var ascii2 = Int32(0)
            let k2 = out2.withUnsafeMutableBufferPointer { jp_json_unescape_sse2(p, end, $0.baseAddress, &ascii2) }
            check(k2 == k && Array(out2[0..<k2]) == unescaped && ascii2 == ascii,
                  "jp_json_unescape: SSE2 and scalar differ from \(from)")
            #endif
        }
    }
}
