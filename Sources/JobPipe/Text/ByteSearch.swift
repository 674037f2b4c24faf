#if canImport(Glibc)
import Glibc
#endif

/// Where `needle` first stands in `hay`.
func bytesFind(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Int? {
    needle.withUnsafeBufferPointer { bytesFind(hay, $0) }
}

func bytesFind(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = hay.baseAddress, hay.count >= needle.count, let first = needle.first,
          let n = needle.baseAddress else { return nil }
    var i = 0
    let last = hay.count - needle.count
    while i <= last {
        guard let p = memchr(base + i, Int32(first), last - i + 1) else { return nil }
        let at = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
        if memcmp(base + at, n, needle.count) == 0 { return at }
        i = at + 1
    }
    return nil
}

@inline(__always) func memchrContains(_ buf: UnsafeBufferPointer<UInt8>, _ byte: UInt8) -> Bool {
    guard let base = buf.baseAddress, buf.count > 0 else { return false }
    return memchr(base, Int32(byte), buf.count) != nil
}
