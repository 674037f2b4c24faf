import CIDN2

/// Internationalised domain labels through libidn2: `bücher` ⇄ `xn--bcher-kva`.
/// IDNA2008 with UTS #46 non-transitional processing (`IDN2_NONTRANSITIONAL`),
/// as browsers and python-email-validator do: `ß` and `ς` stay themselves
/// (transitional processing would turn `straße` into `strasse`), input is
/// brought to Unicode normal form C, and a label that breaks IDNA2008's rules
/// (disallowed code points, bidirectional text, contextual joiners) has no
/// ASCII form.
enum IDNA {
    private static let flags = Int32(IDN2_NONTRANSITIONAL.rawValue)

    /// The ASCII form of one lower-case label (`xn--bcher-kva` for `bücher`); nil
    /// when it is not a valid IDNA label.
    static func asciiLabel(_ label: String) -> String? {
        var output: UnsafeMutablePointer<CChar>?
        guard idn2_to_ascii_8z(label, &output, flags) == Int32(IDN2_OK.rawValue), let output else { return nil }
        defer { idn2_free(output) }
        let ascii = String(cString: output)
        // UTS #46 maps U+3002 and its kin to dots: still one label, or none.
        return ascii.utf8.contains(UInt8(ascii: ".")) ? nil : ascii
    }

    /// The Unicode form of an A-label (`bücher` for `xn--bcher-kva`, lower case);
    /// nil unless it decodes to non-ASCII text whose ASCII form is the label again.
    static func unicodeLabel(_ label: String) -> String? {
        var output: UnsafeMutablePointer<CChar>?
        guard idn2_to_unicode_8z8z(label, &output, 0) == Int32(IDN2_OK.rawValue), let output else { return nil }
        defer { idn2_free(output) }
        let unicode = String(cString: output)
        guard !unicode.utf8.allSatisfy({ $0 < 0x80 }), asciiLabel(unicode) == label.lowercased() else { return nil }
        return unicode
    }
}
