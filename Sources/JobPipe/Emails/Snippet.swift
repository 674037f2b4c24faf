/// The text around a found address, as a reader would quote it: up to
/// `width` bytes either side (whole words, `…` where cut),
/// white space collapsed.
func snippet(_ buf: UnsafeBufferPointer<UInt8>, around range: Range<Int>, width: Int = 60) -> String {
    var start = max(0, range.lowerBound - width)
    var end = min(buf.count, range.upperBound + width)
    // Whole words only: a cut word is left out.
    if start > 0, let space = (start..<range.lowerBound).first(where: { isSpace(buf[$0]) }) { start = space }
    if end < buf.count, let space = (range.upperBound..<end).last(where: { isSpace(buf[$0]) }) { end = space }
    while start > 0, start < range.lowerBound, buf[start] & 0xC0 == 0x80 { start += 1 }
    while end < buf.count, end > range.upperBound, buf[end] & 0xC0 == 0x80 { end -= 1 }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(end - start + 8)
    bytes.append(contentsOf: buf[start..<end])
    var text = collapseSpace(bytes)
    if text.isEmpty { return text }
    if start > 0 { text = "…" + text }
    if end < buf.count { text += "…" }
    return text
}

func snippet(_ bytes: [UInt8], around range: Range<Int>, width: Int = 60) -> String {
    bytes.withUnsafeBufferPointer { snippet($0, around: range, width: width) }
}

@inline(__always) private func isSpace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C
}
