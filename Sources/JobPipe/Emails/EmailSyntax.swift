/// Whether a string is an email address as users meet it (RFC 5321/5322 dot-atom
/// form, internationalised per RFC 6531): no quoted local parts, comments,
/// display names or domain literals, a domain of at least two labels that
/// fits DNS limits, and no special-use domain (RFC 6761: `.arpa`, `.invalid`,
/// `.local`, `.localhost`, `.onion`, `.test`). The same rules as
/// python-email-validator's defaults. Whether the top-level domain exists is
/// a separate question (`AddressFilter`).
public enum EmailSyntax {
    static let specialUse: Set<String> = ["arpa", "invalid", "local", "localhost", "onion", "test"]

    public static func isValid(_ address: String) -> Bool {
        // Judged in Unicode normal form C, as it is sent (RFC 6532): `;` (U+037E)
        // becomes `;`, Hebrew presentation forms grow to three characters.
        let original = address
        let address = address.utf8.allSatisfy({ $0 < 0x80 }) ? address : String(decoding: address._nfcCodeUnits, as: UTF8.self)
        guard let at = address.unicodeScalars.lastIndex(of: "@") else { return false }
        let local = String(address.unicodeScalars[..<at])
        let domain = String(address.unicodeScalars[address.unicodeScalars.index(after: at)...])
        guard isValidLocalPart(local), let ascii = asciiDomain(domain) else { return false }
        // RFC 5321's path limit: 254 octets for the whole address, however it is normalised.
        let localLength = max(local.utf8.count, original.utf8.count - domain.utf8.count - 1)
        return localLength + 1 + ascii.utf8.count <= 254
    }

    /// RFC 5321's limits on a domain (4.5.3.1.2) and RFC 1035's on a label,
    /// in octets of the ASCII (punycode) form.
    public static let maxDomainOctets = 255, maxLabelOctets = 63

    /// Why an address's domain cannot be a domain by length alone: longer than
    /// 255 octets, or a label longer than 63, in ASCII form; nil when it fits.
    /// Its cost is bounded whatever the address: a domain of more than
    /// 4 × 255 octets of UTF-8 is refused before its labels are looked at
    /// (punycode never writes a character in fewer octets than a quarter of its
    /// UTF-8), so callers can ask this first and only then do work that grows
    /// with the domain (public suffixes, free-provider suffixes).
    public static func lengthProblem(_ address: String) -> String? {
        let domain = address.utf8.lastIndex(of: UInt8(ascii: "@")).map { address.utf8[address.utf8.index(after: $0)...] }
            ?? address.utf8[...]
        let tooLong = "its domain is longer than \(maxDomainOctets) octets"
        guard domain.count <= 4 * maxDomainOctets else { return tooLong }
        var total = 0
        for label in Substring(domain).split(separator: ".", omittingEmptySubsequences: false) {
            let octets = label.utf8.allSatisfy({ $0 < 0x80 }) ? label.utf8.count
                : (IDNA.asciiLabel(label.lowercased())?.utf8.count ?? label.utf8.count)
            if octets > maxLabelOctets { return "its domain has a label longer than \(maxLabelOctets) octets" }
            total += octets + 1
        }
        return total - 1 > maxDomainOctets ? tooLong : nil
    }

    /// ASCII characters allowed in a dot-atom besides letters and digits.
    static func isAtext(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        default: return "!#$%&'*+-/=?^_`{|}~".utf8.contains(b)
        }
    }

    public static func isValidLocalPart(_ local: String) -> Bool {
        guard !local.isEmpty, !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else { return false }
        var first = true
        for s in local.unicodeScalars {
            defer { first = false }
            if s.isASCII {
                if s != "." && !isAtext(UInt8(s.value)) { return false }
            } else if !isSafe(s, first: first, inDomain: false) {
                return false
            }
        }
        return true
    }

    /// Non-ASCII characters a person can read and type: not controls, format
    /// characters, spaces, separators, private use, unassigned or surrogates;
    /// no combining mark first; in a domain only letters, marks and digits.
    /// U+FFFD, the replacement character, is none of them: it stands for bytes
    /// that were not text (a `%FF` decoded), never for a character of an address.
    static func isSafe(_ s: Unicode.Scalar, first: Bool, inDomain: Bool) -> Bool {
        if s.value == 0xFFFD { return false }
        switch s.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .spaceSeparator,
             .lineSeparator, .paragraphSeparator:
            return false
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return !first
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return true
        default:
            // ≮ and ≯ decompose to `<` and `>` with a stroke.
            if s.value == 0x226E || s.value == 0x226F { return false }
            return !inDomain
        }
    }

    /// The domain in ASCII (punycode) form, lower case, when it is valid; nil otherwise.
    public static func asciiDomain(_ domain: String) -> String? {
        let labels = domain.lowercased().split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return nil }
        var ascii: [String] = []
        for label in labels {
            guard let a = asciiLabel(label) else { return nil }
            ascii.append(a)
        }
        let joined = ascii.joined(separator: ".")
        guard joined.utf8.count <= 253, !specialUse.contains(ascii.last!) else { return nil }
        // The top-level label must end in a letter (no all-numeric or `tld-2`).
        if let last = ascii.last!.utf8.last, !(last >= UInt8(ascii: "a") && last <= UInt8(ascii: "z")) { return nil }
        return joined
    }

    static func asciiLabel(_ label: Substring) -> String? {
        guard !label.isEmpty, !label.hasPrefix("-"), !label.hasSuffix("-") else { return nil }
        var isASCII = true
        for s in label.unicodeScalars {
            if s.isASCII {
                let b = UInt8(s.value)
                let ok = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-")
                if !ok { return nil }
            } else {
                isASCII = false
                if !isSafe(s, first: s == label.unicodeScalars.first, inDomain: true) { return nil }
            }
        }
        let result: String
        if isASCII {
            let u = Array(label.utf8)
            if u.count >= 4, u[2] == UInt8(ascii: "-"), u[3] == UInt8(ascii: "-") {
                // Only `xn--` may have hyphens in the third and fourth places, and it must be punycode.
                guard label.hasPrefix("xn--"), IDNA.unicodeLabel(String(label)) != nil else { return nil }
            }
            result = String(label)
        } else {
            guard let a = IDNA.asciiLabel(String(label)) else { return nil }
            result = a
        }
        return result.utf8.count <= 63 ? result : nil
    }

    /// The domain with punycode labels shown in Unicode.
    public static func unicodeDomain(_ domain: String) -> String {
        domain.split(separator: ".", omittingEmptySubsequences: false).map { label -> String in
            if label.hasPrefix("xn--"), let u = IDNA.unicodeLabel(String(label)) { return u }
            return String(label)
        }.joined(separator: ".")
    }
}
