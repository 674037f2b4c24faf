/// How a company makes a person's address from the name: `{first}.{last}`,
/// `{f}{last}`… Names are written in `AddressForm` (ü → ue or u, accents and
/// apostrophes dropped, hyphens kept); the family name with its particles
/// joined (`Di Stefano` → `distefano`), or without them (`stefano`).
public enum AddressPattern: String, CaseIterable, Sendable {
    case firstDotLast = "{first}.{last}"
    case firstLast = "{first}{last}"
    case fLast = "{f}{last}"
    case fDotLast = "{f}.{last}"
    case firstUnderscoreLast = "{first}_{last}"
    case firstHyphenLast = "{first}-{last}"
    case lastDotFirst = "{last}.{first}"
    case lastFirst = "{last}{first}"
    case lastUnderscoreFirst = "{last}_{first}"
    case first = "{first}"
    case last = "{last}"
    case firstL = "{first}{l}"
    case firstDotL = "{first}.{l}"
    case lastF = "{last}{f}"
    case lastDotF = "{last}.{f}"
    case fUnderscoreLast = "{f}_{last}"

    /// The local part this pattern makes from a first and a family name in address form.
    func render(first: String, last: String) -> String? {
        guard let f = first.first, let l = last.first else { return nil }
        switch self {
        case .firstDotLast: return first + "." + last
        case .firstLast: return first + last
        case .fLast: return String(f) + last
        case .fDotLast: return String(f) + "." + last
        case .firstUnderscoreLast: return first + "_" + last
        case .firstHyphenLast: return first + "-" + last
        case .lastDotFirst: return last + "." + first
        case .lastFirst: return last + first
        case .lastUnderscoreFirst: return last + "_" + first
        case .first: return first
        case .last: return last
        case .firstL: return first + String(l)
        case .firstDotL: return first + "." + String(l)
        case .lastF: return last + String(f)
        case .lastDotF: return last + "." + String(f)
        case .fUnderscoreLast: return String(f) + "_" + last
        }
    }

    /// The ways a name is written in addresses: (first, last) pairs, umlauts as
    /// `ue` first, the family name with particles joined first.
    static func forms(of name: String) -> [(first: String, last: String)] {
        let parts = NameParts(name)
        guard let given = parts.given.first, !parts.family.isEmpty else { return [] }
        let bare = parts.family.filter { !PersonName.particles.contains($0.lowercased()) && !["Di", "De", "Da", "Van", "Von", "Del", "Della", "La", "Le", "Du", "Ten", "Ter"].contains($0) }
        var lasts = [parts.family.joined()]
        if !bare.isEmpty, bare.count < parts.family.count { lasts.append(bare.joined()) }
        var out: [(String, String)] = []
        for umlauts in [true, false] {
            let f = AddressForm.form(given, umlauts: umlauts)
            for l in lasts {
                let pair = (f, AddressForm.form(l, umlauts: umlauts))
                if !pair.0.isEmpty, !pair.1.isEmpty, !out.contains(where: { $0 == pair }) { out.append(pair) }
            }
        }
        return out
    }

    /// The patterns that make `local` (lower case, any `+tag` dropped) from
    /// `name`, each with the constant ending the company may add
    /// (`{first}.{last}.mp`, `{f}{last}-de`): a separator and up to four
    /// letters or digits.
    static func patterns(name: String, local: String) -> [LocalPattern] {
        let base = local.split(separator: "+").first.map(String.init) ?? local
        guard base.count >= 2 else { return [] }
        var out: [LocalPattern] = []
        for form in forms(of: name) {
            for p in allCases {
                guard let r = p.render(first: form.first, last: form.last), base.hasPrefix(r) else { continue }
                let rest = String(base.dropFirst(r.count))
                guard rest.isEmpty || LocalPattern.isSuffix(rest) else { continue }
                let found = LocalPattern(base: p, suffix: rest)
                if !out.contains(found) { out.append(found) }
            }
        }
        return out
    }

    /// The address this pattern makes for a name: the first form (umlauts as `ue`, particles kept),
    /// or the form the company's own examples show (`umlauts`, `particles`).
    func address(for name: String, domain: String, umlauts: Bool = true, particles: Bool = true) -> String? {
        let forms = AddressPattern.forms(of: name)
        guard !forms.isEmpty else { return nil }
        let parts = NameParts(name)
        let bare = parts.family.filter { !PersonName.particles.contains($0.lowercased()) && !["Di", "De", "Da", "Van", "Von", "Del", "Della", "La", "Le", "Du", "Ten", "Ter"].contains($0) }
        let last = AddressForm.form(particles || bare.isEmpty ? parts.family.joined() : bare.joined(), umlauts: umlauts)
        let first = AddressForm.form(parts.given[0], umlauts: umlauts)
        guard let local = render(first: first, last: last), EmailSyntax.isValidLocalPart(local), local.allSatisfy({ $0.isASCII }) else { return nil }
        return local + "@" + domain
    }
}

/// A company's pattern: a base pattern and the constant ending its addresses
/// carry, if any (`{first}.{last}` and `.mp`: `{first}.{last}.mp`).
public struct LocalPattern: Equatable, Hashable, Sendable {
    public var base: AddressPattern
    public var suffix: String

    public var rawValue: String { base.rawValue + suffix }

    /// A separator (`.`, `-`, `_`) and one to four lower-case letters or digits.
    static func isSuffix(_ s: String) -> Bool {
        guard let f = s.first, ".-_".contains(f) else { return false }
        let rest = s.dropFirst()
        return (1...4).contains(rest.count) && rest.allSatisfy { ($0.isASCII && $0.isLetter && $0.isLowercase) || $0.isASCII && $0.isNumber }
    }

    /// The address for a name, as `AddressPattern.address` with the ending.
    func address(for name: String, domain: String, umlauts: Bool = true, particles: Bool = true) -> String? {
        guard let a = base.address(for: name, domain: domain, umlauts: umlauts, particles: particles),
              let at = a.lastIndex(of: "@") else { return nil }
        return String(a[..<at]) + suffix + String(a[at...])
    }
}
