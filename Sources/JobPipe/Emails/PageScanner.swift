#if canImport(Glibc)
import Glibc
#endif

/// Finds the addresses on one HTML page. One walk over the page's tree (`HTMLTree`, read as a browser without
/// scripts reads it: `<noscript>` is markup) builds
/// the page's reading text (text nodes, with a line break at each block
/// element; scripts and styles left out) and looks at what is not text:
/// `mailto:` links, encrypted links (TYPO3, Cloudflare), attributes, comments,
/// scripts and JSON-LD. The reading text is then scanned as a whole, so an
/// address split over inline elements (`info<b>@</b>acme.de`) is found too.
struct PageScanner {
    let filter: AddressFilter
    let sourceURL: String?

    /// One address of the page: where it is first met, and its best find so
    /// far (`FoundEmail.isBetter`; the earliest of equals), the one reported.
    /// A page that repeats an address a million times keeps one of these, not
    /// a million finds with a context each.
    private struct Hit {
        /// The best find.
        var found: FoundEmail
        /// Where in the reading text the best find was met: the document order.
        var order: Int
        /// The best find's number, in the order finds were made.
        var seq: Int
        /// The best find's rank: a name counts 2, a mailto link 1.
        var rank: Int
        /// The range of the best find's link text in the reading text, for a context from it.
        var textRange: Range<Int>?
        /// The earliest (order, seq) of any find of the address: its place in the page's list.
        var first: (order: Int, seq: Int)
    }

    /// A find as an open link remembers it, to give it the link's text: it gets
    /// it only if it is still its address's best find when the link closes.
    private struct HitRef {
        var slot: Int
        var seq: Int
    }

    private var text: [UInt8] = []
    /// Offsets in `text` where an inline element starts or ends: where a scan
    /// that ran across elements (`info@acme.de</span><span>DRK`) may be cut.
    private var boundaries: [Int] = []
    private var hits: [Hit] = []
    /// Each address's place in `hits`.
    private var slots: [String: Int] = [:]
    private var finds = 0
    /// The filter's answers for the strings it was asked about, so that an
    /// address repeated all over a page is judged once (at most `cacheLimit` kept).
    private var verdicts: [String: String?] = [:]
    private static let cacheLimit = 65_536
    /// Open `<a>` elements with the hits from their href, to give them the link's text.
    private var openLinks: [(node: Int32, hits: [HitRef], start: Int)] = []
    /// The reading text's blocks (cards, rows, list items, paragraphs…), as
    /// ranges of `text`, for the names next to an address (`NameFinder`).
    private var blocks: [Range<Int>] = []
    private var openBlocks: [(node: Int32, start: Int)] = []
    /// Open hCard / h-card elements, innermost last (`ContactCard`), and the
    /// closed ones that give a name or a position.
    private var openCards: [ContactCard] = []
    private var cards: [CardEvidence] = []
    private var cardsSeen = 0
    /// Each address's card, an index in `cards`; -1 when its cards disagree.
    private var cardOf: [String: Int] = [:]
    /// The cards by start (the outer first of equals), and each card's index by its element.
    private var cardStarts: [(start: Int, card: Int)] = []
    private var cardIndex: [Int32: Int] = [:]

    init(filter: AddressFilter, sourceURL: String?) {
        self.filter = filter
        self.sourceURL = sourceURL
    }

    /// The addresses of a page, in document order, one entry per address as
    /// `FoundEmailList` would merge the page's finds: at its first place, with
    /// the details of its best find.
    static func scan(_ page: HTMLTree, filter: AddressFilter, sourceURL: String?) -> [FoundEmail] {
        scanPage(page, filter: filter, sourceURL: sourceURL).emails
    }

    /// The addresses of a page with the names and positions next to them, and
    /// the people the page names without an address.
    static func scanPage(_ page: HTMLTree, filter: AddressFilter, sourceURL: String?) -> (emails: [FoundEmail], people: [FoundPerson]) {
        var scanner = PageScanner(filter: filter, sourceURL: sourceURL)
        return withExtendedLifetime(page) { scanner.run(page) }
    }

    private mutating func run(_ page: HTMLTree) -> (emails: [FoundEmail], people: [FoundPerson]) {
        if let top = page.document.firstChild { traverse(top) }
        indexCards()
        scanText()
        let order = hits.indices.sorted { hits[$0].first < hits[$1].first }
        var finder = NameFinder(text: text, blocks: blocks, addresses: order.map { (hits[$0].found.email, hits[$0].order) })
        var emails: [FoundEmail] = []
        for (k, i) in order.enumerated() {
            var f = hits[i].found
            let card = cardOf[f.email].flatMap { $0 >= 0 ? cards[$0] : nil }
            if k < NameFinder.maxAddresses {
                let near = finder.nameNear(address: k, given: f.name, card: card.map { ($0.name, $0.position) })
                f.name = near.name
                f.position = near.position
            } else if let n = card?.name.flatMap({ PersonName.cardName($0, address: f.email) }) {
                f.name = n
                f.position = card?.position
            } else if let n = f.name {
                f.name = PersonName.name(from: n, address: f.email)
            }
            emails.append(f)
        }
        let people = finder.people(excluding: Set(emails.compactMap { $0.name.map(NameFinder.key) }), sourceURL: sourceURL)
        return (emails, people)
    }

    // MARK: the walk

    /// Visits `first`, its siblings and everything below them in document
    /// order, entering and leaving each element.
    private mutating func traverse(_ first: TreeNode) {
        var node = first
        outer: while true {
            if enter(node), let child = node.firstChild {
                node = child
                continue
            }
            leave(node)
            var cur = node
            while true {
                if let next = cur.nextSibling {
                    node = next
                    continue outer
                }
                guard let parent = cur.parent else { return }
                cur = parent
                leave(cur)
            }
        }
    }

    private mutating func enter(_ node: TreeNode) -> Bool {
        if node.isText {
            node.withContent { text.append(contentsOf: $0) }
            return false
        }
        if node.isComment {
            node.withContent { scanRaw($0, method: .text) }
            return false
        }
        guard node.isElement else { return false }
        if node.is(.script) {
            let isJSONLD = node.attribute("type")?.lowercased().contains("ld+json") ?? false
            for child in node.children {
                child.withContent { bytes in
                    if isJSONLD, memchrContains(bytes, UInt8(ascii: "@")) { namePeople(in: bytes) }
                    // A source map (`"mappings"`, `"sourcesContent"`) carries the code of
                    // libraries and their authors' addresses, none of them the site's.
                    if !isJSONLD, bytesContain(bytes, PageScanner.sourcesContent), bytesContain(bytes, PageScanner.mappings) { return }
                    scanRaw(bytes, method: isJSONLD ? .jsonld : .text)
                    if !isJSONLD, ScriptStrings.mayAssemble(bytes) { scanAssembled(bytes) }
                }
            }
            return false
        }
        if node.is(.style) { return false }
        if node.isBlock {
            text.append(0x0A)
            if !node.is(.br), !node.is(.hr) { openBlocks.append((node.index, text.count)) }
        } else {
            markBoundary()
        }
        // Microformats: only elements whose class says `card`, or any inside a card, pay more than a look.
        if cardsSeen < ContactCard.maxCards || !openCards.isEmpty,
           let props = node.withRawAttribute("class", { ContactCard.properties($0, inCard: !openCards.isEmpty) }), !props.isEmpty {
            enterCard(node, props)
        }
        if node.is(.img), let alt = node.attribute("alt")?.trimmingSpaces.lowercased(),
           ["@", "(at)", "[at]", "{at}"].contains(alt) {
            text.append(UInt8(ascii: "@"))
        }
        scanAttributes(node)
        return true
    }

    private mutating func leave(_ node: TreeNode) {
        guard node.isElement else { return }
        if let last = openBlocks.last, last.node == node.index {
            openBlocks.removeLast()
            if text.count > last.start { blocks.append(last.start..<text.count) }
        }
        if let last = openCards.last, last.node == node.index {
            openCards.removeLast()
            closeCard(last)
        }
        if node.isBlock { text.append(0x0A) } else { markBoundary() }
        if let last = openLinks.last, last.node == node.index {
            openLinks.removeLast()
            for ref in last.hits where hits[ref.slot].seq == ref.seq { hits[ref.slot].textRange = last.start..<text.count }
        }
    }

    // MARK: cards

    /// An element with card classes: its properties go to the innermost open
    /// card (a card's own `p-org h-card` is a property of the card around it),
    /// then a card class opens a card.
    private mutating func enterCard(_ node: TreeNode, _ props: [ContactCard.Property]) {
        if !openCards.isEmpty, props.contains(where: { $0 != .card }) {
            openCards[openCards.count - 1].set(props) { node.text }
        }
        if props.contains(.card), cardsSeen < ContactCard.maxCards, openCards.count < ContactCard.maxDepth {
            cardsSeen += 1
            openCards.append(ContactCard(node: node.index, start: text.count))
        }
    }

    /// A closed card keeps its range of reading text, for the addresses the text
    /// scan finds in it, and gives itself to those the walk met in it. One that
    /// says nothing is kept too: the addresses of an organisation's card inside a
    /// person's (`p-org h-card`) are the organisation's.
    private mutating func closeCard(_ card: ContactCard) {
        cards.append(CardEvidence(range: card.start..<text.count, name: card.personName, position: card.position,
                                  node: card.node, parent: openCards.last?.node ?? -1))
        for email in card.emails { assignCard(email, cards.count - 1) }
    }

    /// An address in a card; in two cards that say different things, in none (a
    /// card that says nothing yields to one that does).
    private mutating func assignCard(_ email: String, _ k: Int) {
        func empty(_ i: Int) -> Bool { cards[i].name == nil && cards[i].position == nil }
        guard let old = cardOf[email] else {
            cardOf[email] = k
            return
        }
        if old < 0 || old == k || empty(k) { return }
        if empty(old) {
            cardOf[email] = k
        } else if cards[old].name.map(NameFinder.key) != cards[k].name.map(NameFinder.key) || cards[old].position != cards[k].position {
            cardOf[email] = -1
        }
    }

    private mutating func indexCards() {
        guard !cards.isEmpty else { return }
        cardStarts = cards.indices.map { (cards[$0].range.lowerBound, $0) }
            .sorted { ($0.start, cards[$1.card].range.count) < ($1.start, cards[$0.card].range.count) }
        for (k, c) in cards.enumerated() { cardIndex[c.node] = k }
    }

    /// The innermost card holding a text offset: the last to start at or before
    /// it, or the card around that one, and so on up (at most `maxDepth`).
    private func card(at offset: Int) -> Int? {
        var lo = 0, hi = cardStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if cardStarts[mid].start <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return nil }
        var k = cardStarts[lo - 1].card
        for _ in 0...ContactCard.maxDepth {
            if cards[k].range.contains(offset) { return k }
            guard let up = cardIndex[cards[k].parent] else { return nil }
            k = up
        }
        return nil
    }

    // MARK: what is not text

    private mutating func scanAttributes(_ node: TreeNode) {
        var linkHits: [HitRef] = []
        for (name, value) in node.attributes {
            switch name {
            case "class", "id": continue
            case "style":
                // `direction: rtl; unicode-bidi: bidi-override` shows the text reversed:
                // `ed.emca@ofni` on the page reads `info@acme.de`.
                if value.lowercased().contains("rtl") { scanReversed(node.text) }
                continue
            case "data-cfemail":
                linkHits += cloudflare(value)
                continue
            default: break
            }
            // One pass over the bytes says which of the slower readings can apply at all.
            var v = value
            let (hasAt, hasPercent, hasColon, mayBeSpelled, isCloudflare, isTypo3) = v.withUTF8 { b in
                let hasPercent = memchrContains(b, UInt8(ascii: "%"))
                // A TYPO3 call is in an href (javascript:…) or an event handler (onclick, no colon).
                let isTypo3 = (hasPercent || memchrContains(b, UInt8(ascii: "("))) && bytesContain(b, PageScanner.typo3Call)
                return (memchrContains(b, UInt8(ascii: "@")), hasPercent, memchrContains(b, UInt8(ascii: ":")),
                        SpelledOut.mayContain(b), bytesContain(b, PageScanner.cloudflarePath), isTypo3)
            }
            if !hasAt, !hasPercent, !hasColon, !mayBeSpelled, !isCloudflare, !isTypo3 { continue }
            if name == "href", hasColon, let addresses = MailtoLink.addresses(value) {
                let person = PersonName.shapedName(from: node.text) ?? node.attribute("title").flatMap(PersonName.shapedName(from:))
                // The link text names the first address (`Jane Doe` for `jane@…,office@…`).
                for (k, a) in addresses.enumerated() { linkHits += add(a, .mailto, name: k == 0 ? person : nil, context: nil) }
                continue
            }
            if isCloudflare, let r = value.firstRange(of: "/cdn-cgi/l/email-protection#") {
                linkHits += cloudflare(value[r.upperBound...])
                continue
            }
            if isTypo3 {
                linkHits += typo3(value, node: node)
                continue
            }
            let hasPercentAt = hasPercent && v.withUTF8 { bytesContain($0, PageScanner.percentAt) }
            guard hasPercentAt || hasAt || mayBeSpelled else { continue }
            let bytes = Array((hasPercentAt ? Decoders.percent(value) : value).utf8)
            bytes.withUnsafeBufferPointer { scanBuffer($0, method: .attribute) }
        }
        if !linkHits.isEmpty, node.is(.a) { openLinks.append((node.index, linkHits, text.count)) }
    }

    /// JSON-LD Person objects with an email: the address with the person's
    /// `name` (or `givenName` and `familyName`). The raw scan that follows
    /// finds every address of the block; these finds only add the names.
    private mutating func namePeople(in bytes: UnsafeBufferPointer<UInt8>) {
        func walk(_ v: JSON, depth: Int) {
            guard depth < 32 else { return }
            switch v {
            case let .array(items):
                for item in items { walk(item, depth: depth + 1) }
            case let .object(pairs):
                let type = v["@type"]
                // A Person, or a ContactPoint that names one (its name is checked as any other).
                let types = [type?.stringValue].compactMap { $0 } + (type?.arrayValue ?? []).compactMap(\.stringValue)
                let isPerson = types.contains("Person") || types.contains("ContactPoint")
                if isPerson, var email = v["email"]?.stringValue {
                    if email.lowercased().hasPrefix("mailto:") { email = String(email.dropFirst(7)) }
                    let given = [v["givenName"]?.stringValue, v["familyName"]?.stringValue].compactMap { $0 }
                    let name = v["name"]?.stringValue ?? (given.count == 2 ? given.joined(separator: " ") : nil)
                    // The context is the block's text around the address, as for the raw scan.
                    let needle = Array(email.utf8)
                    let context = bytesFind(bytes, needle).map { snippet(bytes, around: $0..<($0 + needle.count)) } ?? ""
                    _ = add(email, .jsonld, name: name.flatMap(PersonName.shapedName(from:)), context: context)
                }
                for (_, value) in pairs { walk(value, depth: depth + 1) }
            default:
                break
            }
        }
        for value in LenientJSON.values(in: String(decoding: bytes, as: UTF8.self)) { walk(value, depth: 0) }
    }

    /// What a script writes for the reader from pieces (`ScriptStrings`):
    /// character references decoded, then scanned; the context is the page's
    /// text where the script stands.
    private mutating func scanAssembled(_ bytes: UnsafeBufferPointer<UInt8>) {
        for piece in ScriptStrings.assembled(bytes) where piece.contains("@") || piece.contains("&#") || piece.contains("&") {
            let raw = Array(piece.utf8)
            let decoded = raw.withUnsafeBufferPointer { Decoders.references($0) }
            decoded.withUnsafeBufferPointer { buf in
                AddressScanner.scan(buf) { c in _ = add(c.address, .obfuscated, context: nil) }
            }
        }
    }

    /// Text a style shows right to left: read the way the browser draws it.
    private mutating func scanReversed(_ text: String) {
        let reversed = Array(String(String.UnicodeScalarView(text.unicodeScalars.reversed())).utf8)
        reversed.withUnsafeBufferPointer { buf in
            AddressScanner.scan(buf) { c in _ = add(c.address, .obfuscated, context: nil) }
        }
    }

    /// Cloudflare's hex, which may hold a whole mailto (`jobs@acme.de?subject=…`).
    private mutating func cloudflare(_ hex: some StringProtocol) -> [HitRef] {
        guard let decoded = Decoders.cloudflare(hex), let addresses = MailtoLink.addresses("mailto:" + decoded) else { return [] }
        return addresses.flatMap { add($0, .cfemail, context: nil) }
    }

    /// `javascript:linkTo_UnCryptMailto('nbjmup+…')`, percent-encoded or not.
    private mutating func typo3(_ value: String, node: TreeNode?) -> [HitRef] {
        let person = node.flatMap { PersonName.shapedName(from: $0.text) }
        var found: [HitRef] = []
        for url in Decoders.typo3Calls(in: Decoders.percent(value)) {
            for (k, a) in (MailtoLink.addresses(url) ?? []).enumerated() {
                found += add(a, .obfuscated, name: k == 0 ? person : nil, context: nil)
            }
        }
        return found
    }

    /// Text no browser decodes (comments, scripts): character references,
    /// `\uXXXX` and `%40` decoded, TYPO3 calls decrypted, then scanned.
    private mutating func scanRaw(_ bytes: UnsafeBufferPointer<UInt8>, method: EmailMethod) {
        guard bytes.count > 0 else { return }
        var decoded: [UInt8]? = nil
        if memchrContains(bytes, UInt8(ascii: "&")) || memchrContains(bytes, UInt8(ascii: "\\")) {
            decoded = Decoders.references(bytes)
        }
        if memchrContains(bytes, UInt8(ascii: "%")) || memchrContains(bytes, UInt8(ascii: "(")) {
            let text = String(decoding: decoded ?? Array(bytes), as: UTF8.self)
            if text.contains("linkTo_UnCryptMailto(") { _ = typo3(text, node: nil) }
            if text.contains("%40") { decoded = Array(Decoders.percent(text).utf8) }
        }
        if let decoded {
            decoded.withUnsafeBufferPointer { scanBuffer($0, method: method) }
        } else if memchrContains(bytes, UInt8(ascii: "@")) || SpelledOut.mayContain(bytes) {
            scanBuffer(bytes, method: method)
        }
    }

    /// Scans a buffer that is not the reading text; the context comes from the buffer itself.
    private mutating func scanBuffer(_ buf: UnsafeBufferPointer<UInt8>, method: EmailMethod) {
        AddressScanner.scan(buf) { c in
            _ = add(c.address, method, context: snippet(buf, around: c.range))
        }
        if SpelledOut.mayContain(buf), let spelled = SpelledOut(buf) {
            spelled.bytes.withUnsafeBufferPointer { sb in
                AddressScanner.scan(sb) { c in
                    guard spelled.isObfuscated(c.range) else { return }
                    _ = add(c.address, .obfuscated, context: snippet(buf, around: spelled.originalRange(c.range)))
                }
            }
        }
    }

    private mutating func markBoundary() {
        if boundaries.last != text.count { boundaries.append(text.count) }
    }

    // MARK: the reading text

    /// The candidate, or when the filter refuses it, the longest part of it
    /// cut at element boundaries that the filter accepts.
    private mutating func cutAtBoundaries(_ c: AddressCandidate, _ buf: UnsafeBufferPointer<UInt8>) -> AddressCandidate? {
        // `boundaries` rises strictly: a binary search finds those at and in the
        // candidate, so a page of many elements and many addresses stays linear.
        var k = firstBoundary(atLeast: c.range.lowerBound)
        // A glued candidate that starts right at an element start
        // (`Société</span><span>rh@…`) is cut there already.
        let cutAtStart = c.glued && k < boundaries.count && boundaries[k] == c.range.lowerBound
        if cutAtStart { k += 1 }
        var inside: [Int] = []
        while k < boundaries.count, boundaries[k] < c.range.upperBound {
            if boundaries[k] > c.range.lowerBound { inside.append(boundaries[k]) }
            k += 1
        }
        if inside.isEmpty { return (!c.glued || cutAtStart) && accepts(c.address) != nil ? c : nil }
        guard let at = buf[c.range].firstIndex(of: UInt8(ascii: "@")) else { return nil }
        // The local part starts at the last element start before the `@`
        // (`+49 30 85 40</span><span>drk@drk.de`), unless that is the `@` itself;
        // a glued one (`Müller</span><span>jobs@…`) must start there.
        let cut = inside.last { $0 < at }
        if c.glued && cut == nil && !cutAtStart { return nil }
        let left = cut ?? c.range.lowerBound
        for right in [c.range.upperBound] + inside.filter({ $0 > at + 1 }).reversed() {
            let address = String(decoding: UnsafeBufferPointer(rebasing: buf[left..<right]), as: UTF8.self)
            if accepts(address) != nil { return AddressCandidate(address: address, range: left..<right) }
        }
        return nil
    }

    /// The index of the first boundary at or after `offset`.
    private func firstBoundary(atLeast offset: Int) -> Int {
        var lo = 0, hi = boundaries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if boundaries[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private mutating func scanText() {
        let all = text
        all.withUnsafeBufferPointer { buf in
            AddressScanner.scan(buf, keepGlued: true) { found in
                guard let c = cutAtBoundaries(found, buf) else { return }
                add(c.address, .text, order: c.range.lowerBound, textRange: c.range)
            }
            if SpelledOut.mayContain(buf, glued: true), let spelled = SpelledOut(buf, glued: true) {
                spelled.bytes.withUnsafeBufferPointer { sb in
                    AddressScanner.scan(sb) { c in
                        guard spelled.isObfuscated(c.range) else { return }
                        let r = spelled.originalRange(c.range)
                        add(c.address, .obfuscated, order: r.lowerBound, textRange: r)
                    }
                }
            }
            for i in hits.indices where hits[i].found.context.isEmpty {
                let r = hits[i].textRange ?? hits[i].order..<hits[i].order
                hits[i].found.context = snippet(buf, around: r)
            }
        }
    }

    // MARK: recording

    /// The filter's answer, from the cache when it was asked before.
    private mutating func accepts(_ raw: String) -> String? {
        if let known = verdicts[raw] { return known }
        let answer = filter.accepts(raw)
        if verdicts.count < PageScanner.cacheLimit { verdicts[raw] = answer }
        return answer
    }

    /// Records a find when the filter accepts it: the first of its address
    /// makes a hit, a later one only moves the address's place earlier or,
    /// when it is better, replaces the details. The context is made only
    /// for a find that is kept. Returns the find, for an open link.
    @discardableResult
    private mutating func add(_ raw: String, _ method: EmailMethod, name: String? = nil, context: @autoclosure () -> String?,
                              order: Int? = nil, textRange: Range<Int>? = nil) -> [HitRef] {
        guard let email = accepts(raw) else { return [] }
        if order == nil, !openCards.isEmpty {
            if openCards[openCards.count - 1].emails.count < 64 { openCards[openCards.count - 1].emails.append(email) }
        } else if let order, !cardStarts.isEmpty, let k = card(at: order) {
            assignCard(email, k)
        }
        let seq = finds
        finds += 1
        let at = order ?? text.count
        let rank = (name != nil ? 2 : 0) + (method == .mailto ? 1 : 0)
        func found() -> FoundEmail {
            FoundEmail(email: email, name: name, method: method, sourceURL: sourceURL, context: context() ?? "")
        }
        guard let slot = slots[email] else {
            slots[email] = hits.count
            hits.append(Hit(found: found(), order: at, seq: seq, rank: rank, textRange: textRange, first: (at, seq)))
            return [HitRef(slot: hits.count - 1, seq: seq)]
        }
        if (at, seq) < hits[slot].first { hits[slot].first = (at, seq) }
        // As `FoundEmailList` would choose among all the finds in document order:
        // the higher rank, and of equal ranks the earlier.
        let best = hits[slot]
        if rank > best.rank || (rank == best.rank && (at, seq) < (best.order, best.seq)) {
            hits[slot].found = found()
            hits[slot].order = at
            hits[slot].seq = seq
            hits[slot].rank = rank
            hits[slot].textRange = textRange
        }
        return [HitRef(slot: slot, seq: seq)]
    }

    private mutating func add(_ raw: String, _ method: EmailMethod, order: Int, textRange: Range<Int>) {
        _ = add(raw, method, context: nil, order: order, textRange: textRange)
    }
}

extension PageScanner {
    static let cloudflarePath = Array("/cdn-cgi/l/email-protection#".utf8)
    static let typo3Call = Array("linkTo_UnCryptMailto".utf8)
    static let sourcesContent = Array("\"sourcesContent\"".utf8)
    static let mappings = Array("\"mappings\"".utf8)
    static let percentAt = Array("%40".utf8)
}

/// Whether `needle` (not empty) occurs in `hay`: memchr for its first byte, then a compare.
func bytesContain(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool { bytesFind(hay, needle) != nil }
