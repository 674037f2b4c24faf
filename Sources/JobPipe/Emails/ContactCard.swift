/// hCard (microformats v1, class `vcard`) and h-card (microformats2, class
/// `h-card`) markup: a card's name and position, for the addresses inside it.
/// `PageScanner` opens one when it enters an element of either class, gives
/// it the properties of the elements inside (by whole class tokens), and
/// closes it when it leaves the element.
struct ContactCard {
    /// The card's element.
    var node: Int32
    /// Where the card starts in the reading text.
    var start: Int
    /// `fn` / `p-name`, and `given-name` + `family-name` (either version).
    var name: String?
    var given: String?
    var family: String?
    /// `title` / `p-job-title`, else `role` / `p-role`.
    var title: String?
    var role: String?
    /// `org` / `p-org`, and whether the name's element was the organisation too (`class="fn org"`).
    var org: String?
    var nameIsOrg = false
    /// The addresses met while the card was open (mailto links, attributes), in the walk.
    var emails: [String] = []
    /// The properties read already, kept or not: each one's text is made once, so
    /// nested elements of one class do not make the card's text again and again.
    var read: Set<Property> = []

    /// At most this many cards per page are read; at most this deep nested.
    static let maxCards = 1_000
    static let maxDepth = 8
    /// A property's text longer than this is not a name or a title.
    static let maxValue = 120

    enum Property { case card, name, given, family, title, role, org }

    /// The properties a class attribute holds, by whole tokens. `inCard`: only
    /// the card classes are looked for outside a card.
    static func properties(_ cls: UnsafeBufferPointer<UInt8>, inCard: Bool) -> [Property] {
        // Most classes on most pages: no `card` in them and no card open.
        if !inCard, !bytesContain(cls, ContactCard.cardWord) { return [] }
        var out: [Property] = []
        var i = 0
        while i < cls.count {
            while i < cls.count, isSpace(cls[i]) { i += 1 }
            let s = i
            while i < cls.count, !isSpace(cls[i]) { i += 1 }
            guard i > s else { break }
            let token = String(decoding: UnsafeBufferPointer(rebasing: cls[s..<i]), as: UTF8.self)
            switch token {
            case "vcard", "h-card": out.append(.card)
            case "fn" where inCard, "p-name" where inCard: out.append(.name)
            case "given-name" where inCard, "p-given-name" where inCard: out.append(.given)
            case "family-name" where inCard, "p-family-name" where inCard: out.append(.family)
            case "title" where inCard, "p-job-title" where inCard: out.append(.title)
            case "role" where inCard, "p-role" where inCard: out.append(.role)
            case "org" where inCard, "p-org" where inCard: out.append(.org)
            default: break
            }
        }
        return out
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }
    static let cardWord = Array("card".utf8)

    /// Records a property's text (the first element of each kind counts, even when its text is too long).
    mutating func set(_ props: [Property], text: () -> String) {
        let wanted = props.filter { $0 != .card && !read.contains($0) }
        guard !wanted.isEmpty else { return }
        read.formUnion(wanted)
        let t = text().trimmingSpaces
        guard !t.isEmpty, t.utf8.count <= ContactCard.maxValue else { return }
        for p in wanted {
            switch p {
            case .card: break
            case .name: name = t
            case .given: given = t
            case .family: family = t
            case .title: title = t
            case .role: role = t
            case .org: org = t
            }
        }
        if props.contains(.name), props.contains(.org) { nameIsOrg = true }
    }

    /// The name the card gives, as written: `fn` / `p-name`, else the given and
    /// family names; none for an organisation's card.
    var personName: String? {
        if nameIsOrg { return nil }
        let n = name ?? (given != nil && family != nil ? "\(given!) \(family!)" : nil)
        guard let n, n != org else { return nil }
        // A name sharing a word with the organisation's is the organisation's, unless
        // it starts with a known given name (`Thomas Vogel` of `Vogel Bau GmbH`).
        if let org, let first = n.split(separator: " ").first, !GivenNames.contains(first) {
            let orgWords = Set(org.lowercased().split(whereSeparator: { !$0.isLetter }))
            if n.lowercased().split(whereSeparator: { !$0.isLetter }).contains(where: orgWords.contains) { return nil }
        }
        return n
    }

    /// The card's position as written: its title, else its role; not an
    /// address, a link or a sentence.
    var position: String? {
        guard let p = title ?? role, p.count >= 2, p.count <= 80, !p.contains("@"), !p.contains("://"),
              p.split(separator: " ").count <= 8 else { return nil }
        return p
    }
}

/// What a closed card gives the addresses inside it.
struct CardEvidence {
    var range: Range<Int>
    var name: String?
    var position: String?
    /// The card's element and the card around it (-1: none), to find the innermost card at an offset.
    var node: Int32
    var parent: Int32
}
