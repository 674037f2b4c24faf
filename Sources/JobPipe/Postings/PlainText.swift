/// HTML turned into the plain text a reader sees: one line per block
/// (paragraph, list item, heading), spaces collapsed, script and style left out.
enum PlainText {
    static func of(_ node: TreeNode, skippingChrome: Bool = false) -> String {
        lines(of: node, skippingChrome: skippingChrome).joined(separator: "\n")
    }

    /// The non-empty lines of `of`.
    static func lines(of node: TreeNode, skippingChrome: Bool = false) -> [String] {
        var out = TextCollector(oneLine: false)
        collect(node, into: &out, depth: 0, chrome: skippingChrome)
        return out.finish()
    }

    /// Elements that hold navigation and forms, never a posting's text. A
    /// form that wraps the page (ASP.NET puts the whole body in one) is not
    /// chrome: one with an `<h1>` or more than 2,000 characters of text.
    /// A block headed "Related jobs" (and so on) is chrome too.
    static func isChrome(_ node: TreeNode) -> Bool {
        guard node.isElement else { return false }
        switch node.tag {
        case .div, .section, .ul, .ol, .header, .aside, .form, .article: return node.tree.chrome(of: node.index) { isChromeBlock(node) }
        default: return isChromeBlock(node)
        }
    }

    /// `isChrome` worked out (the blocks' answers are remembered per tree).
    private static func isChromeBlock(_ node: TreeNode) -> Bool {
        switch node.tag {
        case .nav, .footer, .button, .select, .dialog: return true
        // a header of an article or of the main content introduces the posting; the page's own is chrome
        // (a header that holds the heading and no menu is the posting's too: "<header> <h1>Solution Engineer</h1>
        // QUAJOO GmbH – Leipzig, Deutschland")
        case .header: return !withinContent(node) && !headsPosting(node)
        // an aside of the main content holds the posting's facts ("Location" / "Hyderabad");
        // the page's own, or one headed "Related jobs", is chrome
        // (… or one that labels the posting's place of work, its facts' box beside the description:
        // "Location" / "Campbellfield, VIC")
        case .aside: return !withinContent(node) && !labelsPlace(node) || MainContent.headedAsOtherPostings(node)
        case .form: return !wrapsPage(node)
        // "Related jobs" and the like: other postings, not this one
        // (a block hidden in the markup is not chrome: scripts show such blocks, and boards keep
        // the posting's facts in them)
        // (and a map widget's controls, whose only text is its attribution: "Leaflet | © OpenStreetMap contributors";
        // and a chat widget's bubble, "Acme" / "Message Us")
        case .div, .section:
            return MainContent.headedAsOtherPostings(node) || MainContent.namedAsOtherPostings(node) || MainContent.named(node, widgets)
                || isNamedMenu(node) && !holdsSiteMark(node)
        case .ul, .ol: return MainContent.namedAsOtherPostings(node) || isNamedMenu(node)
        case .article: return isPostCard(node)
        case .other: return isHiddenData(node)
        default: return false
        }
    }

    /// A `<code>` element the markup hides (`style="display: none"`, `hidden`): a script's data, as LinkedIn keeps
    /// its pages' JSON ("seekingRemote":true, of the reader's profile), not text a reader sees.
    static func isHiddenData(_ node: TreeNode) -> Bool {
        guard node.hasName("code") else { return false }
        if node.hasAttribute("hidden") { return true }
        guard let style = node.attribute("style")?.lowercased() else { return false }
        return style.replacingAll(" ", with: "").contains("display:none")
    }

    /// Class names and ids of the map libraries' widgets (Leaflet, Mapbox, OpenLayers, Google Maps) and of the chat
    /// services' (a WhatsApp button's, Intercom, Crisp, Tawk.to, Drift, Tidio, Zoho SalesIQ, Facebook's).
    static let widgets = ByteNeedles(["leaflet-control", "leaflet-container", "mapboxgl-ctrl", "maplibregl-ctrl",
                                      "ol-attribution", "ol-viewport", "gm-style",
                                      "whatswidget", "intercom-", "crisp-client", "tawk-", "drift-widget", "tidio-",
                                      "zsiq_", "fb-customerchat", "chat-widget"])

    /// A list of links that its role or its class names a menu, as themes name theirs ("navigation", "menubar";
    /// "droopmenu", "mega-menu", "navbar", "main-nav"): the site's navigation, as a `<nav>` is. Its text is
    /// mostly its links' (a block of the posting named so, "menu-content", is not).
    static func isNamedMenu(_ node: TreeNode) -> Bool {
        // (most elements' class and role hold neither word: their bytes tell, at a scan's cost)
        guard node.withRawAttribute("class", { menuWords.matches($0) != 0 }) == true
                || node.withRawAttribute("role", { menuWords.matches($0) != 0 }) == true else { return false }
        let role = node.attribute("role")?.lowercased()
        let named = role == "navigation" || role == "menu" || role == "menubar"
            || node.attribute("class").map { $0.lowercased().spaceParts.contains(where: isMenuClass) } == true
        guard named else { return false }
        let length = node.textLength
        return length == 0 || MainContent.linkLength(node, levels: 64) * 2 >= length
    }

    /// Whether a block holds an image or a link to the home page: the site's logo or name, as the bar at the top of
    /// a page does, where a menu beside the posting (a theme's side menu, "menu_lateral") holds only its links.
    static func holdsSiteMark(_ node: TreeNode, depth: Int = 0) -> Bool {
        guard depth < 32 else { return false }
        var c = node.firstChild
        while let child = c {
            if child.is(.img) || child.is(.svg) { return true }
            if child.is(.a), let href = child.attribute("href")?.trimmingSpaces, PageHeuristics.isHomeAddress(href) { return true }
            if child.isElement, holdsSiteMark(child, depth: depth + 1) { return true }
            c = child.nextSibling
        }
        return false
    }

    /// The words every menu's class name and role holds, in any case.
    static let menuWords = ByteNeedles(["menu", "nav"])

    /// A class name of a menu: "menu", "nav", "…menu", "menu-…", "…-nav", "nav-…", "navbar…", "…navigation".
    static func isMenuClass(_ c: Substring) -> Bool {
        c == "nav" || c == "menu" || c.hasSuffix("menu") || c.hasPrefix("menu-") || c.hasPrefix("menu_") || c.hasSuffix("-nav")
            || c.hasSuffix("_nav") || c.hasPrefix("nav-") || c.hasPrefix("nav_") || c.hasPrefix("navbar") || c.hasSuffix("navigation")
    }

    /// One of three or more sibling articles each headed by a link: a card in a list of
    /// posts ("Juniper Engineer" → /jobs/juniper-engineer), another posting's. (The parts of a
    /// posting written as articles, "The Role", "Qualifications", have no link in their heading.)
    static func isPostCard(_ article: TreeNode) -> Bool {
        guard headingLinks(article), let parent = article.parent else { return false }
        var cards = 0
        var c = parent.firstChild
        while let child = c, cards < 3 {
            if child.is(.article), headingLinks(child) { cards += 1 }
            c = child.nextSibling
        }
        return cards >= 3
    }

    /// Whether the element holds a heading with a link in it (a few levels down).
    private static func headingLinks(_ node: TreeNode, depth: Int = 0) -> Bool {
        guard depth < 12 else { return false }
        var c = node.firstChild
        while let child = c {
            if child.isElement {
                if child.tag.isHeading {
                    if hasLink(child) { return true }
                } else if headingLinks(child, depth: depth + 1) {
                    return true
                }
            }
            c = child.nextSibling
        }
        return false
    }

    private static func hasLink(_ node: TreeNode) -> Bool {
        var c = node.firstChild
        while let child = c {
            if child.is(.a) || (child.isElement && hasLink(child)) { return true }
            c = child.nextSibling
        }
        return false
    }

    /// Whether an element holds an `<h1>` and no menu (`nav`, a list, a form), a few levels down.
    static func headsPosting(_ node: TreeNode) -> Bool {
        var heading = false
        var stack = [(node, 0)]
        while let (n, depth) = stack.popLast(), depth < 12 {
            var c = n.firstChild
            while let child = c {
                if child.is(.nav) || child.is(.ul) || child.is(.ol) || child.is(.form) { return false }
                if child.is(.h1) { heading = true } else if child.isElement { stack.append((child, depth + 1)) }
                c = child.nextSibling
            }
        }
        return heading
    }

    /// Whether a block holds, a few levels down, a short element of its own that is a label of the place of
    /// work ("<div class="row-label">Location</div>") and is followed by its value.
    static func labelsPlace(_ node: TreeNode, depth: Int = 0) -> Bool {
        guard depth < 8 else { return false }
        var c = node.firstChild
        while let child = c {
            if child.isElement {
                if child.textLength(upTo: 24) <= 24, child.nextSibling.map({ $0.isElement || $0.nextSibling != nil }) == true,
                   PostingLabels.location.contains(child.text.lowercased().trimmingCharacters(in: ": ")) {
                    return true
                }
                if labelsPlace(child, depth: depth + 1) { return true }
            }
            c = child.nextSibling
        }
        return false
    }

    static func withinContent(_ node: TreeNode) -> Bool {
        var p = node.parent
        var depth = 0
        while let n = p, depth < 16 {
            if n.is(.article) || n.is(.main) { return true }
            p = n.parent
            depth += 1
        }
        return false
    }

    static func wrapsPage(_ form: TreeNode) -> Bool {
        var heading = false
        var stack = [(form, 0)]
        while let (n, depth) = stack.popLast(), !heading, depth < 64 {
            var c = n.firstChild
            while let child = c {
                if child.is(.h1) { heading = true; break }
                if child.isElement { stack.append((child, depth + 1)) }
                c = child.nextSibling
            }
        }
        return heading || form.textLength(upTo: 2000) > 2000
    }

    /// An inline label that an element follows with no space, as a value
    /// styled into a column of its own: `<b>Location</b><span>Berlin</span>`
    /// reads "Location" / "Berlin", not "LocationBerlin".
    private static let colonAndSpace: [UInt8] = [0x3A, 0x20]

    /// The label and value cells of each column of a table of two rows, the first all labels the postings use and
    /// the second as many cells of values: `<tr><th>Employer</th><th>Location</th></tr><tr><td>Acme</td><td>Austin,
    /// TX</td></tr>`. (A table of more rows is a list, whose rows are read as they are.)
    static func labelledColumns(_ table: TreeNode) -> [(label: TreeNode, value: TreeNode)]? {
        var rows: [TreeNode] = []
        for child in table.children where child.isElement {
            if child.is(.tr) { rows.append(child) } else if child.is(.thead) || child.is(.tbody) || child.is(.tfoot) {
                rows += child.children.filter { $0.is(.tr) }
            }
            guard rows.count <= 2 else { return nil }
        }
        guard rows.count == 2 else { return nil }
        let cells = rows.map { $0.children.filter { $0.is(.td) || $0.is(.th) } }
        guard cells[0].count >= 2, cells[0].count == cells[1].count, cells[0].allSatisfy({ c in
            c.textLength(upTo: 32) <= 32 && PostingLabels.isLabel(c.text.trimmingSpaces.trimmingCharacters(in: ":").lowercased())
        }) else { return nil }
        return Array(zip(cells[0], cells[1]))
    }

    /// A table row of two cells whose first is a label the postings use ("Firma", "Ort", "Location"), or a
    /// term of a definition list that is such a label and its one definition: the label's element and the
    /// value's. A label written with its colon is read as it is.
    static func labelAndValue(_ node: TreeNode) -> (label: TreeNode, value: TreeNode)? {
        let pair: (TreeNode, TreeNode)
        if node.is(.tr) {
            let cells = node.children.filter { $0.isElement }
            guard cells.count == 2, cells.allSatisfy({ $0.is(.td) || $0.is(.th) }) else { return nil }
            pair = (cells[0], cells[1])
        } else if node.is(.dt) {
            // (only white space or a comment between them: text there would be lost)
            let blank = { (n: TreeNode) in
                n.isComment || n.isText && n.withContent { $0.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D || $0 == 0x0C } }
            }
            var next = node.nextSibling
            while let n = next, blank(n) { next = n.nextSibling }
            guard let dd = next, dd.is(.dd) else { return nil }
            var after = dd.nextSibling
            while let n = after, blank(n) { after = n.nextSibling }
            // (a term of several definitions is a list's heading)
            if let a = after, a.is(.dd) { return nil }
            pair = (node, dd)
        } else {
            return nil
        }
        guard pair.0.textLength(upTo: 32) <= 32, pair.1.textLength(upTo: 0) > 0 else { return nil }
        let label = pair.0.text.trimmingSpaces
        guard !label.hasSuffix(":"), PostingLabels.isLabel(label.lowercased()) else { return nil }
        // (a row of two labels heads columns: "Employer | Location")
        if pair.1.textLength(upTo: 32) <= 32, PostingLabels.isLabel(pair.1.text.trimmingSpaces.lowercased()) { return nil }
        return pair
    }

    /// The posting label an icon stands for: its `alt` (its `title` where it has no `alt`), or where that is absent
    /// or empty the words of its file's name past the icon's own ("icon-location.svg", "Standort.svg"); nil when
    /// they are no label.
    static func iconLabel(_ img: TreeNode) -> String? {
        let said = (img.attribute("alt") ?? img.attribute("title"))?.trimmingSpaces
        let words: String
        if let said, !said.isEmpty {
            words = said.lowercased().trimmingCharacters(in: ": ")
        } else {
            guard let src = img.attribute("src"), src.utf8.count < 400,
                  case let path = src.prefix(while: { $0 != "?" && $0 != "#" }), let file = path.split(separator: "/").last,
                  let dot = file.lastIndex(of: ".") else { return nil }
            let stem = Decoders.percent(file[..<dot]).lowercased()
            words = stem.split { !$0.isLetter }.filter { !iconWords.contains(String($0)) }.joined(separator: " ")
        }
        guard words.utf8.count >= 3, PostingLabels.isLabel(words) else { return nil }
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// The label an icon font's glyph stands for, where the element is one: an inline element its class names an icon,
    /// whose text is the glyph's name, one word of lower-case ASCII letters and "_" (Material's "location_on",
    /// "calendar_today"; with a Material class, "place" or "schedule" too). "Location" for a place's glyph, the label
    /// its words say ("business" is none), or "" for any other; nil where the element is no glyph.
    static func glyphLabel(_ node: TreeNode) -> String? {
        guard node.is(.span) || node.tag == .other && node.hasName("i"), node.textLength(upTo: 41) <= 40,
              let classes = node.attribute("class")?.lowercased(), classes.containsBytes("icon") || classes.containsBytes("material-symbols")
        else { return nil }
        let name = node.text.trimmingSpaces
        guard name.utf8.count >= 3, name.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x5F }),
              name.utf8.contains(0x5F) || classes.containsBytes("material-icons") || classes.containsBytes("material-symbols")
        else { return nil }
        if placeGlyphs.contains(name) { return "Location" }
        let words = name.split(separator: "_").filter { !glyphStyles.contains(String($0)) }.joined(separator: " ")
        return PostingLabels.isLabel(words) ? words.prefix(1).uppercased() + words.dropFirst() : ""
    }
    /// Material's glyphs of a place: a pin, a map, a town.
    static let placeGlyphs: Set<String> = ["location_on", "location_pin", "place", "pin_drop", "room", "location_city", "map",
                                           "distance", "where_to_vote", "share_location"]
    /// The words of a glyph's name that give its style, not its meaning ("business_outlined").
    static let glyphStyles: Set<String> = ["outline", "outlined", "round", "rounded", "sharp", "filled", "two", "tone"]

    /// The words of an icon's file name that say it is one.
    static let iconWords: Set<String> = ["icon", "icons", "ico", "ic", "fa", "svg", "png", "img", "image", "symbol", "picto"]

    /// Whether text follows an element within its parent (white space aside): the value an icon labels.
    private static func valueFollows(_ node: TreeNode) -> Bool {
        var next = node.nextSibling
        while let n = next {
            if n.isText {
                if n.withContent({ $0.contains { $0 > 0x20 } }) { return true }
            } else if n.isElement {
                if n.isBlock { return false }
                if n.textLength(upTo: 1) > 0 { return true }
            }
            next = n.nextSibling
        }
        return false
    }

    static func endsLabel(_ node: TreeNode) -> Bool {
        // (cheapest tests first: most inline elements are followed by text)
        guard let next = node.nextSibling, next.isElement, !next.isBlock,
              node.is(.span) || node.hasName("b") || node.hasName("strong") || node.hasName("label"),
              node.textLength(upTo: 32) <= 32 else { return false }
        return PostingLabels.isLabel(node.text.lowercased().trimmingCharacters(in: ": "))
    }

    /// An inline element whose class, by the usual names of style sheets, shows it as a block of its own
    /// (Bootstrap's `d-block`, Tailwind's `block`, `display-block`, `_dspBlock`): `<span>Le Haillan<small
    /// class="d-block">déplacements à prévoir</small></span>` reads as two lines, not "Le Haillandéplacements".
    /// An inline block (`d-inline-block`) stays in its line.
    /// (Read on the attribute's bytes: every inline element of a page asks.)
    static func styledAsBlock(_ node: TreeNode) -> Bool {
        guard node.isElement else { return false }
        return node.withRawAttribute("class") { classes in
            var start = 0
            for i in 0...classes.count where i == classes.count || isClassSeparator(classes[i]) {
                if i - start >= 5, namesBlock(UnsafeBufferPointer(rebasing: classes[start..<i])) { return true }
                start = i + 1
            }
            return false
        } ?? false
    }

    private static func isClassSeparator(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// "block", "…-block", "…_block" (any case) or "…Block", with no "inline" in it (any case).
    private static func namesBlock(_ c: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = c.count
        let tail = UnsafeBufferPointer(rebasing: c[(n - 5)...])
        let block: Bool
        if n == 5 || c[n - 6] == 0x2D || c[n - 6] == 0x5F {
            block = tail.lazy.map { $0 | 0x20 }.elementsEqual("block".utf8)
        } else {
            block = tail.elementsEqual("Block".utf8)
        }
        return block && inlineWord.matches(c) == 0
    }

    private static let inlineWord = ByteNeedles(["inline"])

    /// An HTML fragment (a JSON-LD `description`) as plain text. A fragment
    /// whose tags were escaped once more (`&lt;p&gt;`) is decoded twice.
    static func ofFragment(_ html: String) -> String {
        let tree = HTMLTree(html)
        let text = withExtendedLifetime(tree) { of(tree.document) }
        if !html.utf8.contains(0x3C), html.containsBytes("&lt;"), text.utf8.contains(0x3C) { return ofFragment(text) }
        return text
    }

    private static func collect(_ n: TreeNode, into out: inout TextCollector, depth: Int, chrome: Bool) {
        guard depth < 256 else { return }
        var c = n.firstChild
        var previousSpan = false, previousInline = false
        while let node = c {
            c = node.nextSibling
            if node.isComment { continue }
            // <span>United States</span><span>Canada</span>: items of a list
            let span = node.is(.span)
            if chrome, span, previousSpan { out.listItem() } else if chrome, previousInline, node.isElement { out.glue() }
            previousSpan = span
            previousInline = node.isElement && !node.isBlock
            if chrome, isChrome(node) { continue }
            if node.isText {
                node.withContent { out.append($0) }
            } else if node.isElement {
                switch node.tag {
                case .script, .style, .noscript, .template, .svg, .head, .title: continue
                default: break
                }
                // a table of one row of labels over one row of values: a labelled line for each column
                // ("Employer | Location" over "Acme Widgets | Austin, TX" reads "Employer: Acme Widgets", "Location: …")
                if chrome, node.is(.table), let columns = labelledColumns(node) {
                    for (label, value) in columns {
                        out.endLine()
                        collect(label, into: &out, depth: depth + 1, chrome: chrome)
                        colonAndSpace.withUnsafeBufferPointer { out.append($0) }
                        collect(value, into: &out, depth: depth + 1, chrome: chrome)
                        out.endLine()
                    }
                    continue
                }
                // a table row of a label and its value, or a term and its one definition: one labelled line
                // ("Firma | Nordlicht GmbH", "<dt>Ort</dt><dd>Leipzig</dd>" read "Firma: Nordlicht GmbH", "Ort: Leipzig")
                if chrome, let (label, value) = labelAndValue(node) {
                    out.endLine()
                    collect(label, into: &out, depth: depth + 1, chrome: chrome)
                    colonAndSpace.withUnsafeBufferPointer { out.append($0) }
                    collect(value, into: &out, depth: depth + 1, chrome: chrome)
                    out.endLine()
                    if node.is(.dt) { c = value.nextSibling }
                    continue
                }
                // an icon that labels the value after it: `<img src="…/Standort.svg"> <span>Alzenau</span>`,
                // `<img alt="Location"> Berlin` read "Standort: Alzenau", "Location: Berlin"
                if chrome, node.is(.img), out.lineIsEmpty, let label = iconLabel(node), valueFollows(node) {
                    let bytes = Array(label.utf8) + colonAndSpace
                    bytes.withUnsafeBufferPointer { out.append($0) }
                    continue
                }
                // an icon font's glyph, written as its name (`<span class="material-icons">location_on</span>`), is no
                // text of the page's; a place's glyph labels the value after it, read "Location: …"
                if chrome, let label = glyphLabel(node) {
                    if !label.isEmpty, out.lineIsEmpty, valueFollows(node) {
                        let bytes = Array(label.utf8) + colonAndSpace
                        bytes.withUnsafeBufferPointer { out.append($0) }
                    }
                    continue
                }
                let block = node.isBlock || chrome && styledAsBlock(node)
                if block { out.endLine() } else if out.headingDepth > 0, out.endsLowercase, node.setsApart { out.inlineEdge() }
                let heading = node.tag.isHeading
                if heading { out.headingDepth += 1 }
                collect(node, into: &out, depth: depth + 1, chrome: chrome)
                if heading { out.headingDepth -= 1 }
                if block || (chrome && endsLabel(node)) { out.endLine() }
            }
        }
    }
}
