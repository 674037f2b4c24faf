#if canImport(Glibc)
import Glibc
#endif

/// The names and positions a page puts next to its addresses, and the people
/// it names without one, read from the page's reading text (a line per block)
/// and its blocks (cards, table rows, list items, paragraphs, definitions).
///
/// An address gets a name when its smallest block holding a name holds one
/// only (or one that the address spells), and no other address between the
/// name and it; an address that is not a person's own (`info@`, `jobs@`)
/// only from direct markup: the link's text or title, JSON-LD `Person`.
struct NameFinder {
    /// Addresses past this many on one page get no name from their blocks.
    static let maxAddresses = 200
    /// Blocks larger than this (bytes of reading text) are not one person's.
    static let maxBlock = 1_200

    let text: [UInt8]
    /// Blocks no larger than `maxBlock`, smallest first.
    let blocks: [Range<Int>]
    /// The page's addresses and where each is in the reading text, in page order.
    let addresses: [(email: String, offset: Int)]
    /// The starts of the reading text's lines.
    private let lineStarts: [Int]

    init(text: [UInt8], blocks: [Range<Int>], addresses: [(String, Int)]) {
        self.text = text
        self.blocks = blocks.filter { $0.count <= NameFinder.maxBlock }.sorted { $0.count < $1.count }
        self.addresses = addresses.map { (email: $0.0, offset: $0.1) }
        var starts = [0]
        text.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            var i = 0
            while i < buf.count, let p = memchr(base + i, 0x0A, buf.count - i) {
                let at = UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self) - base
                starts.append(at + 1)
                i = at + 1
            }
        }
        lineStarts = starts
    }

    static func key(_ name: String) -> String { name.lowercased().split(separator: " ").joined(separator: " ") }

    // MARK: lines

    /// The lines of `range`, each with its range, blank ones left out.
    private func lines(in range: Range<Int>) -> [(text: Substring, range: Range<Int>)] {
        var out: [(Substring, Range<Int>)] = []
        var k = lineIndex(of: range.lowerBound)
        while k < lineStarts.count, lineStarts[k] < range.upperBound {
            let start = max(lineStarts[k], range.lowerBound)
            let end = min(k + 1 < lineStarts.count ? lineStarts[k + 1] - 1 : text.count, range.upperBound)
            if end > start {
                let s = String(decoding: text[start..<end], as: UTF8.self)
                let t = s.trimmingSpaces
                if !t.isEmpty { out.append((Substring(t), start..<end)) }
            }
            k += 1
        }
        return out
    }

    /// The index of the line holding `offset`.
    private func lineIndex(of offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lineStarts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return max(0, lo - 1)
    }

    // MARK: names next to addresses

    /// The name and position for address `k`; `given` is a name markup gave (a link's text…),
    /// `card` what the hCard / h-card around the address says (`ContactCard`).
    mutating func nameNear(address k: Int, given: String?, card: (name: String?, position: String?)? = nil) -> (name: String?, position: String?) {
        let (email, x) = addresses[k]
        // A card's name property is markup too, and explicit: its name by shape (`PersonName.cardName`).
        if let raw = card?.name, let name = PersonName.cardName(raw, address: email) {
            return (name, card?.position ?? positionNear(name: name, offset: x))
        }
        var found = nameFromText(address: k, given: given)
        if found.name != nil, let p = card?.position { found.position = p }
        return found
    }

    private mutating func nameFromText(address k: Int, given: String?) -> (name: String?, position: String?) {
        let (email, x) = addresses[k]
        if let given, let name = PersonName.name(from: given, address: email) {
            return (name, positionNear(name: name, offset: x))
        }
        guard let at = email.lastIndex(of: "@"), ContactKind.of(local: String(email[..<at])) == .personal else { return (nil, nil) }
        if let signed = signature(above: x, email: email) { return signed }
        for block in blocks where block.contains(x) {
            let others = addresses.indices.filter { $0 != k && block.contains(addresses[$0].offset) }
            var segment = block
            if !others.isEmpty {
                // Only what lies after the previous address (its line, or on this line the address
                // itself) and up to this one's line's end, or the next address on the line
                // (`Dana Whitaker <dana@…>, Tom Koch <tk@…>`).
                let line = lineIndex(of: x)
                var lineEnd = line + 1 < lineStarts.count ? lineStarts[line + 1] : text.count
                if let next = others.map({ addresses[$0].offset }).filter({ $0 > x && $0 < lineEnd }).min() {
                    lineEnd = next
                    // The next address's own name goes with it: cut at the last separator before it.
                    if let cut = text[x..<next].lastIndex(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "|") }) {
                        lineEnd = cut
                    }
                }
                let before = others.filter { addresses[$0].offset < x }.max { addresses[$0].offset < addresses[$1].offset }
                let start = before.map { b -> Int in
                    let o = addresses[b].offset
                    if lineIndex(of: o) == line { return min(x, o + addresses[b].email.utf8.count) }
                    return lineIndex(of: o) + 1 < lineStarts.count ? lineStarts[lineIndex(of: o) + 1] : text.count
                } ?? block.lowerBound
                let lower = max(start, block.lowerBound), upper = min(lineEnd, block.upperBound)
                // An address found in a script or attribute lies where the walk was, not in the text: no segment.
                guard lower < upper else { return (nil, nil) }
                segment = lower..<upper
            }
            let ls = lines(in: segment)
            var found: [(name: String, line: Int)] = []
            for (i, line) in ls.enumerated() {
                for n in PersonName.candidates(in: line.text, address: email) { found.append((n, i)) }
            }
            let distinct = Set(found.map { NameFinder.key($0.name) })
            if distinct.isEmpty {
                if !others.isEmpty { return (nil, nil) }
                continue
            }
            let agreeing = found.filter { PersonName.agrees($0.name, withAddress: email) }
            if Set(agreeing.map { NameFinder.key($0.name) }).count == 1 {
                let n = agreeing[0]
                return (n.name, position(of: n.name, line: n.line, in: ls))
            }
            if !agreeing.isEmpty || distinct.count > 1 { return (nil, nil) }
            let limit = others.isEmpty ? 6 : 3
            guard ls.count <= limit else { return (nil, nil) }
            return (found[0].name, position(of: found[0].name, line: found[0].line, in: ls))
        }
        return (nil, nil)
    }

    // MARK: signatures

    /// Closing phrases that open a signature (lower case), longest first where one starts another.
    static let closings = [
        "best regards", "kind regards", "warm regards", "warmest regards", "with best regards", "regards", "best wishes",
        "yours sincerely", "sincerely yours", "sincerely", "yours truly", "cheers",
        "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "freundliche grüsse", "viele grüße",
        "viele grüsse", "beste grüße", "beste grüsse", "herzliche grüße", "herzliche grüsse", "liebe grüße", "mfg",
        "bien cordialement", "cordialement", "bien à vous", "sincères salutations", "salutations",
        "un saludo", "saludos cordiales", "saludos", "atentamente", "un cordial saludo",
        "met vriendelijke groet", "met vriendelijke groeten", "cordiali saluti", "distinti saluti",
    ]
    /// Lines of a signature between the name and the address (position, company, telephone).
    static let signatureLines = 4

    /// What follows a closing phrase at the start of a short line (the name, or
    /// nothing), or nil when the line is no closing.
    static func closing(_ line: Substring) -> Substring? {
        guard line.utf8.count <= 80 else { return nil }
        let l = line.lowercased()
        for c in closings where l.hasPrefix(c) {
            let restOfLower = l.dropFirst(c.count)
            guard restOfLower.first.map({ ",.!;: ".contains($0) }) ?? true else { continue }
            // The same number of characters into the line as written; a name on the
            // line comes after punctuation (`Kind regards, Dana Whitaker`, not `Regards to …`).
            let after = line.dropFirst(c.count)
            let rest = after.drop { ",.!;:-–— ".contains($0) }
            if !rest.isEmpty, !after[..<rest.startIndex].contains(where: { ",.!;:-–—".contains($0) }) { return nil }
            return rest
        }
        return nil
    }

    /// The name (and position) a signature gives the address below it: a closing
    /// phrase (`Best regards,`), the name after it on its line or alone on the
    /// next, then at most `signatureLines` short lines without another name or
    /// address, then the address's line.
    private func signature(above x: Int, email: String) -> (name: String?, position: String?)? {
        let line = lineIndex(of: x)
        let end = line + 1 < lineStarts.count ? lineStarts[line + 1] : text.count
        let ls = lines(in: lineStarts[max(0, line - 16)]..<end)
        guard let last = ls.last, last.range.lowerBound <= x, x < last.range.upperBound, last.text.utf8.count <= 120 else { return nil }
        let a = ls.count - 1
        for c in stride(from: a - 1, through: max(0, a - 2 - NameFinder.signatureLines), by: -1) {
            guard let rest = NameFinder.closing(ls[c].text) else {
                // Lines between the name and the address: short, no other name or address.
                let t = ls[c].text
                if t.utf8.count > 80 || t.contains("@") { return nil }
                continue
            }
            let nameLine = rest.isEmpty ? c + 1 : c
            guard nameLine < a else { return nil }
            let nameText = rest.isEmpty ? ls[nameLine].text : rest
            let names = PersonName.candidates(in: nameText, address: email)
            guard names.count == 1, nameText.count <= names[0].count + 16, !nameText.contains("@") else { return nil }
            let name = names[0]
            for j in (nameLine + 1)..<a where !PersonName.candidates(in: ls[j].text).isEmpty { return nil }
            if !PersonName.agrees(name, withAddress: email), NameFinder.spellsAnother(email, than: name) { return nil }
            // Lines from the name's on, with the name's line as the signature gives it.
            var sig = Array(ls[nameLine...a])
            sig[0].text = nameText
            return (name, position(of: name, line: 0, in: sig))
        }
        return nil
    }

    /// Whether an address's local part reads as someone else's name: a known
    /// given name as one of its parts (`lena.park@` under Dana Whitaker's signature).
    static func spellsAnother(_ email: String, than name: String) -> Bool {
        guard let at = email.lastIndex(of: "@") else { return false }
        let parts = email[..<at].lowercased().split(whereSeparator: { $0 == "." || $0 == "_" || $0 == "-" })
        guard parts.count >= 2 else { return false }
        let own = Set(NameParts(name).given.map { $0.lowercased() })
        return parts.contains { $0.count >= 3 && !own.contains(String($0)) && GivenNames.contains($0) }
    }

    /// The position next to a name that markup gave: in the smallest block holding the address.
    private func positionNear(name: String, offset: Int) -> String? {
        guard let block = blocks.first(where: { $0.contains(offset) }) else { return nil }
        let ls = lines(in: block)
        guard let i = ls.firstIndex(where: { $0.text.contains(name) }) else { return nil }
        return position(of: name, line: i, in: ls)
    }

    /// A position on the name's line (`Name, Position`, `Position: Name`) or on the line after or before it.
    private func position(of name: String, line i: Int, in ls: [(text: Substring, range: Range<Int>)]) -> String? {
        let line = ls[i].text
        if let r = line.range(of: name), line[r.upperBound...].drop(while: { $0 == " " }).first.map({ ",|·•–—-(".contains($0) }) ?? true {
            let after = line[r.upperBound...].drop { " ,|·•–—-(".contains($0) }
            let piece = after.prefix { !"|·•()–—,:.;".contains($0) }
            if Positions.isPosition(piece) { return clean(piece) }
            let before = line[..<r.lowerBound].trimmingSpaces
            if before.hasSuffix(":"), Positions.isPosition(before.dropLast()), !isContactLabel(before) { return clean(before.dropLast()) }
        }
        for j in [i + 1, i - 1] where j >= 0 && j < ls.count {
            let t = ls[j].text
            if Positions.isPosition(t), PersonName.candidates(in: t).isEmpty { return clean(t) }
        }
        return nil
    }

    private func clean(_ s: some StringProtocol) -> String {
        var t = s.trimmingSpaces
        while let last = t.last, ",;:-–|".contains(last) { t.removeLast() }
        return t.trimmingSpaces
    }

    // MARK: people without an address

    /// Labels that introduce a contact person (`Ihre Ansprechpartnerin:`, `Contact:`).
    static let contactLabels = ["ansprechpartner", "ansprechperson", "kontakt", "contact", "interlocut", "contacto",
                                "persona de contacto", "vertreten durch", "verantwortlich", "questions", "fragen"]

    /// Labels that name a contact person, on a line of their own above a card's name.
    static let personContactLabels = ["ansprechpartner", "ansprechperson", "interlocut", "persona de contacto",
                                      "contact person", "your contact", "votre contact", "ihr kontakt"]

    private func isContactLabel(_ label: some StringProtocol) -> Bool {
        let l = label.lowercased()
        return NameFinder.contactLabels.contains { l.contains($0) }
    }

    /// Words before which a position phrase starts (`… our recruiter, Dana Whitaker`).
    static let phraseStarts: Set<String> = ["our", "your", "the", "unsere", "unserer", "unser", "ihre", "ihr", "ihrem",
                                            "ihren", "notre", "votre", "nuestro", "nuestra", "su", "to", "an", "à", "a",
                                            "von", "by", "with", "mit", "at", "bei", "de"]

    /// Whether a line can hold a person as `people` reads them: a label or
    /// position with `:`, `,`, `|`, a dash or a dot, or a `report to` / `berichtest an`.
    static func mayIntroduce(_ line: Substring) -> Bool {
        var prev: UInt8 = 0, prev2: UInt8 = 0
        for b in line.utf8 {
            if b == UInt8(ascii: ":") || b == UInt8(ascii: ",") || b == UInt8(ascii: "|") { return true }
            // `Name – Position`, `Name · Position`: –, — (E2 80 93/94), • (E2 80 A2), · (C2 B7)
            if prev2 == 0xE2, prev == 0x80, b == 0x93 || b == 0x94 || b == 0xA2 { return true }
            if prev == 0xC2, b == 0xB7 { return true }
            prev2 = prev
            prev = b
        }
        // `you report to`, `du berichtest an`, `rapporte à`
        let lower = Array(line.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        return lower.withUnsafeBufferPointer { buf in
            bytesContain(buf, NameFinder.reportWord) || bytesContain(buf, NameFinder.berichtWord) || bytesContain(buf, NameFinder.rapportWord)
        }
    }

    static let reportWord = Array("report".utf8), berichtWord = Array("bericht".utf8), rapportWord = Array("rapport".utf8)

    /// The people the page names with a position or as a contact, whose name no address carries.
    func people(excluding: Set<String>, sourceURL: String?) -> [FoundPerson] {
        var out: [FoundPerson] = []
        var seen = excluding
        let ls = lines(in: 0..<text.count)
        for (i, line) in ls.enumerated() where line.text.utf8.count <= 600 && !line.text.contains("@") {
            // Only lines that can hold a person as below: short ones (a card's name), and those
            // with a label or a position after a comma, or a `… report to`; prose is passed over.
            let t = line.text
            guard GivenNames.mayHoldName(t) else { continue }
            let introduces = NameFinder.mayIntroduce(t)
            if !introduces {
                // A card's name line: two to five words, the one beside it a position or a contact label.
                guard t.utf8.count <= 60, (2...5).contains(t.split(separator: " ").count),
                      [i - 1, i + 1].contains(where: { j in
                          j >= 0 && j < ls.count && ls[j].text.utf8.count <= 80
                              && (ls[j].text.split(separator: " ").contains { Positions.isPositionWord($0) }
                                  || NameFinder.personContactLabels.contains { ls[j].text.lowercased().contains($0) })
                      }) else { continue }
            }
            for name in PersonName.candidates(in: line.text) {
                let key = NameFinder.key(name)
                guard !seen.contains(key), let r = line.text.range(of: name) else { continue }
                var position: String? = nil
                var contextLines = [line.text]
                let before = line.text[..<r.lowerBound].trimmingSpaces
                let rest = line.text[r.upperBound...].drop { $0 == " " }
                let separated = rest.first.map { ",|·•–—-(".contains($0) } ?? false
                let after = rest.drop { " ,|·•–—-(".contains($0) }.prefix { !"|·•().–—,:;".contains($0) }
                if separated, Positions.isPosition(after) {
                    position = clean(after)
                } else if before.hasSuffix(":") || before.hasSuffix(",") {
                    let label = before.dropLast()
                    let clause = label.split(whereSeparator: { ".!?:;".contains($0) }).last.map(String.init) ?? String(label)
                    let words = clause.split(separator: " ")
                    let start = words.lastIndex { NameFinder.phraseStarts.contains($0.lowercased()) }.map { $0 + 1 } ?? 0
                    let phrase = words[start...].joined(separator: " ")
                    if Positions.isPosition(phrase), !isContactLabel(phrase) { position = clean(phrase) }
                    if position == nil, !isContactLabel(clause) { continue }
                } else if line.text.trimmingSpaces == name {
                    // A card: the name alone on its line, the position on the next or previous.
                    var contact = false
                    for j in [i + 1, i - 1] where j >= 0 && j < ls.count {
                        let t = ls[j].text
                        let personLabel = NameFinder.personContactLabels.contains { t.lowercased().contains($0) }
                        guard Positions.isPosition(t) || personLabel, t.count <= 60, !t.contains("@") else { continue }
                        // `Ihr Ansprechpartner` above the name: a contact person, no position.
                        if personLabel { contact = true } else { position = clean(t) }
                        contextLines = j > i ? [line.text, t] : [t, line.text]
                        break
                    }
                    if position == nil, !contact { continue }
                } else {
                    // `… report to Name`, `… our recruiter Name` without punctuation.
                    let words = before.split(separator: " ")
                    guard let last = words.last?.lowercased(), ["to", "an", "à", "a", "bei"].contains(last) else { continue }
                    let clause = words.dropLast()
                    // `you report to Name`, `du berichtest an Name`: the manager, position unknown.
                    let verb = clause.last?.lowercased() ?? ""
                    let reports = verb.hasPrefix("report") || verb.hasPrefix("bericht")
                    if let start = clause.lastIndex(where: { NameFinder.phraseStarts.contains($0.lowercased()) }) {
                        let phrase = clause[(start + 1)...].joined(separator: " ")
                        if Positions.isPosition(phrase) { position = clean(phrase) }
                    }
                    if position == nil, !reports { continue }
                }
                seen.insert(key)
                let context = collapseSpace(Array(contextLines.joined(separator: " ").utf8))
                out.append(FoundPerson(name: name, position: position, sourceURL: sourceURL,
                                       context: context.count > 200 ? String(context.prefix(200)) + "…" : context))
            }
        }
        return out
    }
}

/// A person a page names without an address: an element of `people`.
public struct FoundPerson: Equatable, Sendable {
    public var name: String
    public var position: String?
    public var sourceURL: String?
    public var context: String

    public var json: JSON {
        .object([("name", .string(name)), ("position", .optional(position)), ("source_url", .optional(sourceURL)),
                 ("context", .string(context))])
    }
}
