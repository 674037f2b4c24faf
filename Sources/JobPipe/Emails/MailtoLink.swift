/// The addresses of a `mailto:` URL (RFC 6068): percent-decoded, the query
/// (`?subject=…`) dropped, several addresses split on `,` or `;`, and
/// `Name <address>` reduced to the address. Escapes that do not decode to
/// UTF-8 make their address no address.
enum MailtoLink {
    /// nil when `href` is not a mailto URL.
    static func addresses(_ href: String) -> [String]? {
        var s = Substring(href.trimmingSpaces)
        guard s.count >= 7, s.prefix(7).lowercased() == "mailto:" else { return nil }
        s = s.dropFirst(7)
        if let q = s.firstIndex(of: "?") { s = s[..<q] }
        var out: [String] = []
        // Split after decoding (`%2C` separates too); a part whose escapes do not
        // decode to UTF-8 (`n%FF@acme.de`) names no address: it is left out,
        // not repaired into one with U+FFFD in it.
        for bytes in Decoders.percentBytes(s).split(whereSeparator: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }) {
            guard let part = String(validating: bytes, as: UTF8.self) else { continue }
            var a = Substring(part.trimmingSpaces)
            if let lt = a.lastIndex(of: "<"), let gt = a.lastIndex(of: ">"), lt < gt {
                a = a[a.index(after: lt)..<gt]
            }
            if a.hasPrefix("//") { a = a.dropFirst(2) }
            if !a.isEmpty { out.append(String(a)) }
        }
        return out
    }
}
