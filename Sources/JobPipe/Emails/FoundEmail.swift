/// How an address was found on a page (the `method` field).
public enum EmailMethod: String, Sendable, CaseIterable {
    /// A `mailto:` link.
    case mailto
    /// Plain in the page's text, a comment or a script.
    case text
    /// Spelled out (`info [at] acme [dot] de`) or encrypted (TYPO3).
    case obfuscated
    /// Cloudflare's email protection.
    case cfemail
    /// A JSON-LD block.
    case jsonld
    /// An attribute value (`content`, `value`, `data-email`, a URL parameter).
    case attribute
}

/// One address found on a page: an element of the `emails` array.
public struct FoundEmail: Equatable, Sendable {
    public var email: String
    public var name: String?
    /// The person's position, when the page puts one next to the name.
    public var position: String? = nil
    public var method: EmailMethod
    public var sourceURL: String?
    public var context: String

    public var json: JSON {
        var pairs: [(String, JSON)] = [("email", .string(email))]
        if let ascii = FoundEmail.asciiForm(email) { pairs.append(("email_ascii", .string(ascii))) }
        pairs += [("name", .optional(name)), ("position", .optional(position)), ("method", .string(method.rawValue)),
                  ("source_url", .optional(sourceURL)), ("context", .string(context))]
        return .object(pairs)
    }

    /// The address with its domain in punycode, when the domain is internationalised.
    static func asciiForm(_ email: String) -> String? {
        guard !email.utf8.allSatisfy({ $0 < 0x80 }), let at = email.lastIndex(of: "@"),
              let ascii = EmailSyntax.asciiDomain(String(email[email.index(after: at)...])) else { return nil }
        let form = String(email[...at]) + ascii
        return form == email ? nil : form
    }

    /// Which of two finds of one address to report: a named one, then a mailto link, then the first.
    func isBetter(than other: FoundEmail) -> Bool {
        if (name != nil) != (other.name != nil) { return name != nil }
        return method == .mailto && other.method != .mailto
    }
}

/// Several finds merged: one entry per address, at its first place, carrying
/// the details of its best find.
struct FoundEmailList {
    private(set) var items: [FoundEmail] = []
    private var index: [String: Int] = [:]

    mutating func add(_ found: FoundEmail) {
        if let i = index[found.email] {
            if found.isBetter(than: items[i]) { items[i] = found }
            return
        }
        index[found.email] = items.count
        items.append(found)
    }
}
