extension Fuzz {
    /// The byte scanner for `local@domain` runs, and the filter that judges
    /// them: candidates lie in the input, in order, each with one `@`, and
    /// an address the filter accepts is lower case and valid syntax.
    static func addressScanner(_ data: UnsafeBufferPointer<UInt8>) {
        let filter = AddressFilter(allowPlaceholders: data.count % 2 == 0)
        for keepGlued in [false, true] {
            var last = -1
            AddressScanner.scan(data, keepGlued: keepGlued) { c in
                check(c.range.lowerBound > last && c.range.upperBound <= data.count, "candidate \(c.range) out of order or bounds")
                last = c.range.lowerBound
                check(c.address == text(UnsafeBufferPointer(rebasing: data[c.range])), "a candidate is not its bytes")
                check(data[c.range].filter { $0 == 0x40 }.count == 1, "a candidate holds other than one @")
                if let accepted = filter.accepts(c.address) {
                    check(accepted == accepted.lowercased(), "an accepted address is not lower case: \(accepted.debugDescription)")
                    check(EmailSyntax.isValid(accepted), "an accepted address is not valid syntax: \(accepted.debugDescription)")
                }
            }
        }
    }
}
