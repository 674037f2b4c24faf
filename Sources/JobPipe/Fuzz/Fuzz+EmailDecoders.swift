extension Fuzz {
    /// The decoders of the forms pages wrap addresses in: Cloudflare's hex,
    /// TYPO3's shifted mailto, percent escapes, mailto URLs, link texts that
    /// name a person, and spelled-out `at` and `dot`, whose map back to the
    /// original text must stay in it.
    static func emailDecoders(_ data: UnsafeBufferPointer<UInt8>) {
        let s = text(data)
        _ = Decoders.cloudflare(s)
        if let url = Decoders.typo3(s) { check(url.lowercased().hasPrefix("mailto:"), "typo3 decoded to \(url.debugDescription)") }
        for url in Decoders.typo3Calls(in: "linkTo_UnCryptMailto('" + s) + Decoders.typo3Calls(in: s) {
            check(url.lowercased().hasPrefix("mailto:"), "typo3Calls decoded to \(url.debugDescription)")
        }
        _ = Decoders.percent(s)
        for href in [s, "mailto:" + s] {
            for a in MailtoLink.addresses(href) ?? [] { check(!a.isEmpty, "an empty mailto address") }
        }
        if let name = PersonName.name(from: s) { check(!name.contains("@"), "a name with an @") }
        for name in PersonName.candidates(in: Substring(s), address: "anna.schmidt@acme.de") {
            check(!name.isEmpty && !name.contains("@"), "a name candidate that is none: \(name.debugDescription)")
        }
        _ = AddressPattern.patterns(name: s, local: "anna.schmidt")
        // What a script assembles stays within its bounds.
        for piece in ScriptStrings.assembled(data) {
            check(piece.utf8.count <= ScriptStrings.maxLength, "an assembled text over \(ScriptStrings.maxLength) bytes")
        }
        if let glued = SpelledOut(data, glued: true), glued.replaced.contains(where: { glued.bytes[$0] == UInt8(ascii: "@") }) {
            check(SpelledOut.mayContain(data, glued: true), "SpelledOut (glued) found an `at` its quick look rules out")
        }
        guard let spelled = SpelledOut(data) else { return }
        // the quick look is for `at` forms: only a text with one needs decoding
        if spelled.replaced.contains(where: { spelled.bytes[$0] == UInt8(ascii: "@") }) {
            check(SpelledOut.mayContain(data), "SpelledOut found an `at` its quick look (mayContain) rules out")
        }
        check(spelled.origin.count == spelled.bytes.count, "SpelledOut's map and text differ in length")
        check(zip(spelled.origin, spelled.origin.dropFirst()).allSatisfy { $0 < $1 }, "SpelledOut's map goes backwards")
        check(spelled.origin.allSatisfy { $0 < data.count }, "SpelledOut maps outside the text")
        check(spelled.replaced.allSatisfy { $0 < spelled.bytes.count }, "SpelledOut replaced outside its text")
        let n = spelled.bytes.count
        for r in [0..<n, 0..<(n / 2), (n / 2)..<n] {
            let o = spelled.originalRange(r)
            check(o.lowerBound >= 0 && o.upperBound <= data.count, "originalRange(\(r)) is \(o), outside the text")
        }
    }
}
