/// Finds the element that holds a page's main text, the way reader modes do:
/// each paragraph or list item credits its text length to its parent (and
/// half to the grandparent); the best-credited element wins. Navigation,
/// headers, footers and forms earn nothing. A winner that holds less than
/// half of all the page's credited text is widened to the nearest block that
/// holds half: a description split into blocks ("Responsibilities",
/// "Qualifications", then a long legal note) is read whole, not its longest part.
enum MainContent {
    static func element(in doc: HTMLTree) -> TreeNode? {
        var scores: [Int32: (node: TreeNode, score: Int)] = [:]
        // every credited length, counted in each block that holds it (by node index), and in all
        var mass = [Int](repeating: 0, count: doc.nodes.count)
        var total = 0
        func addMass(_ node: TreeNode, _ length: Int) {
            var n: TreeNode? = node
            while let up = n, !isPage(up) { mass[Int(up.index)] += length; n = up.container }
            total += length
        }
        doc.walk { node in
            guard node.isElement else { return false }
            if PlainText.isChrome(node) || node.tag == .script || node.tag == .style { return false }
            switch node.tag {
            case .table:
                // a layout table named as a tooltip or a list of other postings
                return !Self.namedAsOtherContent(node)
            case .div, .section, .ul, .ol:
                // the site's lists of other postings and searches, by the names sites give them
                if Self.namedAsOtherContent(node) { return false }
                fallthrough
            case .article, .span:
                guard node.tag != .ul, node.tag != .ol else { return true }
                // text written straight into a block, lines split by <br> (Readability's "div as paragraph"); a run
                // of white space counts as one space, as it shows (a template indents a block's children with dozens)
                var direct = 0
                var c = node.firstChild
                while let child = c {
                    if child.isText { child.withContent { direct += Self.shownLength($0) } }
                    c = child.nextSibling
                }
                if direct >= 100 {
                    addMass(node, direct)
                    scores[node.index, default: (node, 0)].score += direct
                    if let parent = node.container { scores[parent.index, default: (parent, 0)].score += direct / 2 }
                }
                return true
            case .p, .li, .pre, .td:
                let length = node.textLength
                guard length >= 25 else { return false }
                // a list of links to other postings is not the posting
                if node.tag == .li, Self.linkLength(node) * 2 >= length { return false }
                addMass(node, length)
                if let parent = node.container {
                    scores[parent.index, default: (parent, 0)].score += length
                    if let grand = parent.container {
                        scores[grand.index, default: (grand, 0)].score += length / 2
                    }
                }
                return false
            default:
                return true
            }
        }
        // ties go to the element first in the page
        guard var best = scores.values.max(by: { ($0.score, $1.node.index) < ($1.score, $0.node.index) })?.node else { return nil }
        while mass[Int(best.index)] * 2 < total, let up = best.container, !isPage(up) { best = up }
        return best
    }

    static func isPage(_ n: TreeNode) -> Bool { n.is(.body) || n.is(.html) || n.is(.document) }

    /// The length of a text as it shows: each run of white space one space.
    static func shownLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0, inSpace = false
        for b in bytes {
            let space = b == 0x20 || (b >= 0x09 && b <= 0x0D)
            if !space || !inSpace { n += 1 }
            inSpace = space
        }
        return n
    }

    /// Class and id words of blocks that hold other postings, not this one
    /// (Readability weighs class names the same way).
    static let otherContent = ByteNeedles(["similar", "related", "also-viewed", "people-also", "recommend", "sidebar",
                                           "right-rail", "more-jobs", "other-jobs", "job-alert", "cookie",
                                           // consent banners, by their makers' names
                                           "consent", "gdpr", "onetrust", "usercentrics", "cookiebot", "didomi",
                                           // help shown on hover, hidden until then ("info-bulle" in French)
                                           "tooltip", "popover", "info-bulle"])

    /// Headings of the blocks that list other postings (or ask for cookies), in the six languages
    /// (a needle starts past a non-ASCII first letter, which is not folded).
    static let otherPostingsHeadings = ByteNeedles([
        "related job", "similar job", "more job", "other job", "recommended job", "jobs you may", "also viewed",
        "similar position", "related position", "similar role", "other opening", "more opening",
        "hnliche job", "hnliche stellen", "weitere job", "weitere stellen", "das könnte",
        "offres similaires", "emplois similaires", "autres offres", "empleos similares", "ofertas similares",
        "otras ofertas", "vergelijkbare vacatures", "andere vacatures", "meer vacatures", "offerte simili",
        "annunci simili", "altre offerte", "lavori simili",
        // a consent banner's heading: "We use cookies", "Wir verwenden Cookies"
        "cookie"])

    /// A block that opens with a heading such as "Related jobs" holds other postings; or with a short block
    /// that holds such a heading, as a section's header does (`<div class="section-header"><div>More
    /// Opportunities</div><h2>Similar roles you might like</h2></div>`).
    static func headedAsOtherPostings(_ node: TreeNode) -> Bool {
        var c = node.firstChild
        while let child = c, child.isText { c = child.nextSibling }
        guard var heading = c else { return false }
        if !heading.tag.isHeading, heading.is(.div) || heading.is(.header) {
            // (its heading looked for first: most blocks open with none, and their text is not counted)
            var k = heading.firstChild
            while let child = k, !child.tag.isHeading { k = child.nextSibling }
            guard let inner = k, heading.textLength(upTo: 120) <= 120 else { return false }
            heading = inner
        }
        guard heading.tag.isHeading, heading.textLength(upTo: 60) <= 60 else { return false }
        let text = Array(PlainText.of(heading, skippingChrome: false).utf8)
        return text.withUnsafeBufferPointer { otherPostingsHeadings.matches($0) } != 0
    }

    /// The main element and the sections beside it that go on with the
    /// posting: "About the role", then "Requirements" in a sibling block, as
    /// boards split a description. Kept in page order: the element, the
    /// headings between, and every sibling block of prose or a list (80
    /// characters or more, less than half of it links, no chrome, nothing
    /// named as other content). The page's body is never widened to: a main
    /// element right in it keeps only the sections next to it (`pageSections`).
    static func withSections(_ found: TreeNode) -> [TreeNode] {
        // a wrapper around the element alone is the element ("career-body" > "p2"); an empty
        // block beside it (a float's clearing div), or its heading ("The Role" over the text), leaves it alone
        // (a caption written as a short element of text alone, `<span class="title">About the role</span>`,
        // is the section's heading too)
        var main = found
        while let up = main.container, !isPage(up),
              up.children.filter({ $0.isElement && $0.textLength(upTo: 0) > 0 && !$0.tag.isHeading && !isCaption($0) }).count == 1 { main = up }
        guard let parent = main.container, !isPage(main), !main.is(.head) else { return [found] }
        if isPage(parent) { return pageSections(around: main, found: found) }
        var kept: [TreeNode] = []
        var sections = 0
        var c = parent.firstChild
        while let child = c {
            defer { c = child.nextSibling }
            guard child.isElement else { continue }
            if child.index == main.index { kept.append(child); continue }
            if child.tag.isHeading || isCaption(child) { kept.append(child); continue }
            switch child.tag {
            case .script, .style, .template, .form, .button, .select: continue
            default: break
            }
            guard isSection(child) else { continue }
            kept.append(child)
            sections += 1
        }
        let own = sections == 0 ? [found] : kept
        return cards(around: parent) + own + cards(around: parent, after: true)
    }

    /// The cards beside a card that holds the posting's text, as boards that split a posting into headed
    /// blocks write it ("Requisitos" / "Descripción", each an `<article>` of its own): where the block around
    /// the main element opens with its heading, the blocks next to it that open with theirs, each a section
    /// and not headed as other postings, in an unbroken run before it (or `after` it). The page's body is never
    /// such a block's parent.
    static func cards(around card: TreeNode, after: Bool = false) -> [TreeNode] {
        guard opensWithHeading(card), let holder = card.container, !isPage(holder) else { return [] }
        let siblings = holder.children.filter { $0.isElement && $0.textLength(upTo: 0) > 0 }
        guard let at = siblings.firstIndex(where: { $0.index == card.index }) else { return [] }
        let goesOn = { (n: TreeNode) in
            n.tag != .form && opensWithHeading(n) && isSection(n) && !headedAsOtherPostings(n)
        }
        return after ? Array(siblings[(at + 1)...].prefix(while: goesOn))
            : Array(siblings[..<at].reversed().prefix(while: goesOn).reversed())
    }

    /// Whether the first element of a block, past white space, is a heading.
    static func opensWithHeading(_ node: TreeNode) -> Bool {
        var c = node.firstChild
        while let child = c, child.isText, child.textLength(upTo: 0) == 0 { c = child.nextSibling }
        return c.map { $0.isElement && $0.tag.isHeading } ?? false
    }

    /// Whether a block beside the main element goes on with the posting: prose or a list of 80 characters or
    /// more, less than half of it links, no chrome, nothing named as other content.
    static func isSection(_ node: TreeNode) -> Bool {
        let length = node.textLength
        return length >= 80 && linkLength(node) * 2 < length && !PlainText.isChrome(node) && !namedAsOtherContent(node)
    }

    /// The sections beside a main element that sits right in the page's body, as sites built of one full-width
    /// block per section write a posting ("What we are looking for", "Responsibilities", "Skills", each a
    /// `<div class="container">` of its own): only the blocks next to it, each a section and not headed as
    /// other postings, in an unbroken run both ways; the first block that is none (the site's header, a row of
    /// links, the application form, the footer) ends the run; a block of no text between two (a divider, `<div
    /// class="s-div"></div>`, `<hr>`) neither ends it nor joins it. The body itself is never the description.
    static func pageSections(around main: TreeNode, found: TreeNode) -> [TreeNode] {
        // (a short block of links alone between two, a call to apply or a link back, "Apply for Job opening." / "<< Back
        // to CAREERS page", is passed over as a divider is)
        guard let siblings = main.container?.children.filter({ $0.isElement && $0.tag != .script && $0.tag != .style
                && $0.tag != .template && $0.tag != .head && ($0.index == main.index || $0.textLength(upTo: 0) > 0)
                && ($0.index == main.index || !isLinksAlone($0)) }),
              let at = siblings.firstIndex(where: { $0.index == main.index }) else { return [found] }
        let goesOn = { (n: TreeNode) in n.tag != .form && isSection(n) && !headedAsOtherPostings(n) }
        let before = siblings[..<at].reversed().prefix(while: goesOn).reversed()
        let after = siblings[(at + 1)...].prefix(while: goesOn)
        guard !before.isEmpty || !after.isEmpty else { return [found] }
        return Array(before) + [main] + Array(after)
    }

    /// Whether a block is a short one of links alone: 60 characters of text or fewer, nine tenths of it in links.
    static func isLinksAlone(_ node: TreeNode) -> Bool {
        let length = node.textLength(upTo: 61)
        return length > 0 && length <= 60 && node.tag != .form && linkLength(node) * 10 >= length * 9
    }

    /// Whether an element is a caption: text alone, of 60 characters or fewer, in no other element.
    static func isCaption(_ node: TreeNode) -> Bool {
        guard node.textLength(upTo: 60) <= 60, node.firstChild != nil else { return false }
        return node.children.allSatisfy { $0.isText }
    }

    /// Class and id words of lists of other postings (a part of `otherContent`: a page's own
    /// wrapper may be named for its sidebar or its cookie banner, never for similar jobs).
    static let otherPostings = ByteNeedles(["similar", "related", "also-viewed", "people-also", "recommend", "more-jobs",
                                            "other-jobs"])

    /// Whether a block is named as a list of other postings ("js-similar-jobs-list"), of less
    /// than 3,000 characters (a wrapper of the whole page is never such a list).
    static func namedAsOtherPostings(_ node: TreeNode) -> Bool {
        named(node, otherPostings) && node.textLength(upTo: 3000) < 3000
    }

    /// Whether the block's class or id names other content ("similar-jobs",
    /// "related_jobs", id="sidebar"). Utility-CSS tokens that only mention
    /// one (`grid-template-areas_&quot;jobAd&quot;_&quot;similarJobs&quot;`, `lg:…`) are layout,
    /// not a name: a token with a quote, bracket, parenthesis, colon or character reference is skipped.
    static func namedAsOtherContent(_ node: TreeNode) -> Bool { named(node, otherContent) }

    /// Whether a class or id token of the block holds one of the needles.
    static func named(_ node: TreeNode, _ needles: ByteNeedles) -> Bool {
        for key: StaticString in ["class", "id"] {
            let named = node.withRawAttribute(key) { value -> Bool in
                guard needles.matches(value) != 0 else { return false }
                var start = 0
                for i in 0...value.count where i == value.count || value[i] == 0x20 || value[i] == 0x09 || value[i] == 0x0A {
                    if i > start {
                        let token = UnsafeBufferPointer(rebasing: value[start..<i])
                        if !token.contains(where: { [0x22, 0x27, 0x5B, 0x28, 0x3A, 0x26, 0x3B].contains($0) }), needles.matches(token) != 0 {
                            return true
                        }
                    }
                    start = i + 1
                }
                return false
            }
            if named == true { return true }
        }
        return false
    }

    /// The text length of the links in an element, `levels` down (a few by default).
    static func linkLength(_ node: TreeNode, depth: Int = 0, levels: Int = 6) -> Int {
        guard depth < levels else { return 0 }
        var total = 0
        var c = node.firstChild
        while let child = c {
            if child.is(.a) { total += child.textLength } else if child.isElement { total += linkLength(child, depth: depth + 1, levels: levels) }
            c = child.nextSibling
        }
        return total
    }
}
