/// A posting read from a page without JobPosting markup. Every element that
/// could hold the title, the employer or the location is a candidate, weighed
/// by evidence that holds across sites: the element (a label next to it in
/// one of six languages, `<h1>`, `og:title`, `<title>`), agreement between
/// places (`<title>`, the URL's path, the headings), and text the site repeats
/// in its furniture (navigation, footer, copyright line, `og:site_name`),
/// which is the site's own name, not the posting's. The winner's place is
/// kept for `job.evidence`.
struct PageHeuristics {
    let doc: HTMLTree
    private(set) var meta: [String: String] = [:]
    private(set) var titleTag: String?
    private(set) var headings: [String] = []
    /// `<h2>` and `<h3>` texts, for pages whose title is not in an `<h1>`.
    private(set) var subheadings: [String] = []
    /// Normalized short texts of navigation, footers, asides and the copyright line.
    private(set) var furniture: Set<String> = []
    /// The first short texts (up to three) of elements whose class, id or test
    /// attribute names the field ("company-name", "job-location", "posting-title").
    private(set) var named: [String: [String]] = [:]
    /// The places among the items of the breadcrumb trail that ends on the page.
    private(set) var trailPlaces: [String] = []
    /// Texts of links to an employer's profile on the site ("/company/acme-corp",
    /// "?employer=…"), in page order, each with whether the link's path spells it.
    private(set) var companyLinks: [(text: String, spelled: Bool)] = []
    /// Short texts the page sets in bold (`<strong>`, `<b>`), normalized: where
    /// boards of tables put the title.
    private(set) var emphasized: Set<String> = []
    /// Names of the logos in the page's content and own header, in page order
    /// ("Acme" of `<img alt="Acme logo">`): the site's own, or an employer's.
    private(set) var logos: [String] = []
    /// Names of the logos in the navigation, footer and asides: the site's own.
    private(set) var furnitureLogos: [String] = []
    /// The first copyright line's owner in the site's furniture ("© 2026 Acme GmbH").
    private(set) var copyrightOwner: String?
    /// The first postcode and town in the site's furniture ("3534 AP Utrecht"): the site's own address.
    private(set) var furniturePlace: String?
    /// The known town a sentence of the footer puts the site's owner in ("Acme is based in Stockholm, Sweden").
    private(set) var furnitureTown: String?
    /// The page's first `<header>` elements: their contact bar may give the site's address ("Lundavägen 62, 212 25
    /// Malmö"), read only where nothing else gives a place.
    private(set) var headers: [TreeNode] = []

    /// Words in class, id and test attributes that name a field, in six languages.
    static let attributeWords: [(field: String, words: [String])] = [
        ("title", ["job-title", "jobtitle", "job_title", "posting-title", "position-title", "posting-name", "job-name",
                   "vacancy-title", "stellentitel", "titre-poste", "app-title", "jobheader-title", "jobinfoheader-title",
                   "job-detail-title", "job title", "posting title", "title-job", "title_job", "title-position",
                   "title-vacancy"]),
        ("company", ["company", "employer", "advertiser", "org-name", "orgname", "hiring-org", "hiringorg", "arbeitgeber", "unternehmen",
                     "entreprise", "employeur", "empresa", "azienda", "werkgever", "bedrijf"]),
        ("location", ["location", "standort", "arbeitsort", "einsatzort", "lieu", "localisation", "ubicacion", "ubicación",
                      "locatie", "standplaats", "sede", "localita", "addresslocality", "job-city"]),
    ]

    init(doc: HTMLTree) {
        self.doc = doc
        var meta: [String: String] = [:]
        var titleTag: String?
        var headings: [String] = []
        var hiddenHeadings: [String] = []
        var subheadings: [String] = []
        var furniture: Set<String> = []
        var asides: [Set<String>] = []
        var named: [String: [String]] = [:]
        var companyLinks: [(text: String, spelled: Bool)] = []
        var trailEnds: [String: [TreeNode]] = [:]
        var offersPosting = false
        var sides: (employers: Bool, seekers: Bool) = (false, false)
        var emphasized: Set<String> = []
        var logos: [String] = []
        var homeLogos: [String] = []
        var furnitureLogos: [String] = []
        var copyrightOwner: String?
        var legalOwner: String?
        var furniturePlace: String?
        var furnitureTown: String?
        var headers: [TreeNode] = []
        var namedCount = 0
        doc.walk { node in
            guard node.isElement else { return true }
            // a card in a list of posts is another posting's: none of its names is this one's
            if node.tag == .article, PlainText.isPostCard(node) { return false }
            if namedCount < 9, node.tag != .body, node.tag != .html, node.tag != .main, node.tag != .section, node.tag != .form {
                namedCount += Self.readNamed(node, into: &named)
            }
            switch node.tag {
            case .meta:
                if let key = (node.attribute("property") ?? node.attribute("name"))?.lowercased(),
                   Self.metaKeys.contains(key), meta[key] == nil, let content = node.attribute("content") {
                    meta[key] = collapseSpace(Array(content.utf8))
                }
            case .title:
                if titleTag == nil { titleTag = node.text }
            case .h1:
                // (a heading that is a link to the home page, or that its class names the site's logo, is the
                // site's name: "<h1><a href="/">Acme</a></h1>", "<h1 class="logo">…")
                if let name = Self.homeLinkText(node) ?? Self.logoHeadingText(node) { furniture.insert(Words.normalized(name)); return false }
                // (nor is one whose only link the markup names the logo, "<h1><a href="#" id="logo">Lydon Laboratory</a></h1>",
                // a heading of the job's words: passed over, its name left to the site's other evidence)
                if Self.logoLinkHeading(node) { return false }
                // (its own words: a subtitle its style sets apart is no part of it, "… techniczny<span>Stolarka …</span>")
                let t = node.leadingText
                // (a heading only screen readers are shown names the page, as its <title> does: it is read only
                // where the page shows none, "Careers - Software Engineer, Core" over "Senior Software Engineer")
                if !t.isEmpty { if Self.onlyForScreenReaders(node) { hiddenHeadings.append(t) } else { headings.append(t) } }
                return false
            case .h2, .h3:
                // (a heading that is a link to the home page is the site's name: "<h2><a href="/">Acme Engineering</a></h2>")
                if let name = Self.homeLinkText(node) { furniture.insert(Words.normalized(name)); return false }
                if subheadings.count < 8 { let t = node.text; if !t.isEmpty { subheadings.append(t) } }
                return false
            case .header:
                // (its contact bar is read for an address only where nothing else gives a place; its headings are read on)
                if headers.count < 4 { headers.append(node) }
            case .address:
                // the contact address the page marks up as such, wherever it stands ("Raamgracht 8 / 1011 KK Amsterdam"),
                // and the legal name it opens with ("Campudus GmbH" / "Ludwig-Erhard-Str. 6" / "84034 Landshut")
                let lines = PlainText.lines(of: node)
                if furniturePlace == nil { furniturePlace = Location.inAddress(lines: lines) }
                if legalOwner == nil, let name = Self.nameOverAddress(lines[...]) {
                    furniture.insert(Words.normalized(name))
                    legalOwner = name
                }
            case .nav, .footer, .aside:
                // (an aside of the main content is the posting's, as PlainText reads it)
                if node.tag == .aside, !PlainText.isChrome(node) { return !MainContent.namedAsOtherContent(node) }
                // (an aside's lines are weighed once the headings are known: see below)
                if node.tag == .aside {
                    // (a board's card of the employer beside the posting: a link to its page, "/companies/acme",
                    // unless the aside holds other postings)
                    if companyLinks.count < 16, !MainContent.namedAsOtherContent(node), !MainContent.headedAsOtherPostings(node) {
                        Self.companyLinks(in: node, into: &companyLinks)
                    }
                    var lines: Set<String> = []
                    Self.readFurniture(node, furniture: &lines, trailEnds: &trailEnds, owner: &copyrightOwner,
                                       legal: &legalOwner, logos: &furnitureLogos, place: &furniturePlace,
                                       town: &furnitureTown)
                    asides.append(lines)
                } else {
                    Self.readFurniture(node, furniture: &furniture, trailEnds: &trailEnds, owner: &copyrightOwner,
                                       legal: &legalOwner, logos: &furnitureLogos, place: &furniturePlace,
                                       town: &furnitureTown)
                }
                return false
            case .div, .section:
                // other postings ("Related jobs", class="similar-jobs"): none of their names is this posting's
                if PlainText.isChrome(node) || MainContent.namedAsOtherContent(node) {
                    return false
                }
                // a block the markup names the page's footer (<div class="footer">, id="site-footer"), as older
                // templates write it: the site's furniture, as a <footer> is (its elements are read on: an <address>)
                if Self.namedAsFooter(node) {
                    Self.readFurniture(node, furniture: &furniture, trailEnds: &trailEnds, owner: &copyrightOwner,
                                       legal: &legalOwner, logos: &furnitureLogos, place: &furniturePlace,
                                       town: &furnitureTown)
                }
                // a trail of links to the page outside a <nav>, named for one: <div class="breadcrumb">
                if MainContent.named(node, Self.trailNames) { Self.trailEnds(node, into: &trailEnds) }
            case .other:
                if emphasized.count < 40, node.hasName("strong") || node.hasName("b"), node.textLength(upTo: 80) <= 80 {
                    emphasized.insert(Words.normalized(node.text))
                }
            case .img:
                if logos.count < 6, let name = SiteOwner.logoName(node) {
                    // (a logo that links to the site's home is the site's own: weighed below, against its copyright line)
                    if let link = node.parent, link.is(.a), let href = link.attribute("href")?.trimmingSpaces, Self.isHomeAddress(href) {
                        homeLogos.append(name)
                    } else {
                        logos.append(name)
                    }
                }
            case .a:
                if let name = Self.homeLinkText(node) { furniture.insert(Words.normalized(name)) }
                if companyLinks.count < 16, let link = Self.companyLink(node) { companyLinks.append(link) }
                if node.textLength(upTo: 40) <= 40, !offersPosting || !sides.seekers {
                    let words = Words.normalized(node.text)
                    if !offersPosting, Self.offersToPost(words) { offersPosting = true }
                    if Self.employerSides.contains(words) { sides.employers = true }
                    if Self.seekerSides.contains(words) { sides.seekers = true }
                }
            case .script, .style, .template, .svg:
                // (an icon's <title> is no page title)
                return false
            default:
                break
            }
            return true
        }
        // a sidebar that repeats the page's heading is the posting's apply box, not the site's furniture
        for lines in asides where !headings.contains(where: { lines.contains(Words.normalized($0)) }) {
            furniture.formUnion(lines)
        }
        furniture.remove("")
        // a trail of links that ends on the page itself ("Jobs › IT › Fullstack Developer"): its last
        // item is the page's heading, not the site's furniture
        // (its items before it may place the posting: "Jobs › California › San Jose › Engineer")
        var trailPlaces: [String] = []
        // (or the element the page's markup names as its title: "<div class=job_title><h4>Software Engineer</h4>")
        for h in headings + subheadings + (named["title"] ?? []) + [titleTag ?? ""] {
            let n = Words.normalized(h)
            guard let items = trailEnds[n] else { continue }
            furniture.remove(n)
            if trailPlaces.isEmpty {
                trailPlaces = items.map { $0.text.trimmingSpaces }
                    .filter { $0.utf8.count <= 60 && (Cities.contains($0) || LabelledLines.place($0) != nil) }
            }
        }
        // (failing one, a named trail of links alone that ends on a town, "Jobs › Oregon › Portland", kept with its
        // last link: the posting's place; not a menu's list of towns, whose last item is kept apart)
        if trailPlaces.isEmpty, let town = trailEnds.keys.sorted().first(where: { k in
            trailEnds[k]!.count >= 2 && Cities.contains(k) && trailEnds[k]!.last.map { Words.normalized($0.text) } == k
        }) {
            trailPlaces = trailEnds[town]!.map { $0.text.trimmingSpaces }
                .filter { $0.utf8.count <= 60 && (Cities.contains($0) || LabelledLines.place($0) != nil) }
        }
        self.trailPlaces = trailPlaces
        self.named = named
        // (the site's menus are read as its furniture: their items are its lines)
        self.offersPosting = offersPosting || furniture.contains(where: Self.offersToPost)
        self.servesBothSides = (sides.employers || self.offersPosting || !furniture.isDisjoint(with: Self.employerSides))
            && (sides.seekers || !furniture.isDisjoint(with: Self.seekerSides))
        self.companyLinks = companyLinks
        self.emphasized = emphasized
        // the site's own logo, which links to its home, names its owner as a logo does, unless its copyright line
        // names another: then it is the site's furniture, a brand's word ("waves" over "© 2022 IT-NewVision")
        var ownLogos: [String] = []
        for name in homeLogos {
            if let owner = copyrightOwner ?? legalOwner, !Self.spellsAlike(Self.compact(owner), name),
               !Self.spellsAlike(Self.compact(name), owner) {
                if furnitureLogos.count < 4 { furnitureLogos.append(name) }
                furniture.insert(Words.normalized(name))
            } else {
                ownLogos.append(name)
            }
        }
        self.logos = ownLogos + logos
        self.furnitureLogos = furnitureLogos
        self.furniturePlace = furniturePlace
        self.furnitureTown = furnitureTown
        self.headers = headers
        // (a copyright line names the owner before a footer's line of its legal name does)
        self.copyrightOwner = copyrightOwner ?? legalOwner
        // an og:url of the site's home page says its og:title is the home page's ("Acme | Tech as a
        // Service"), left in the template of every page: it tells nothing of the posting
        if let u = meta["og:url"].flatMap({ WebURL($0) }), u.isHTTP, u.pathAndQuery == "/" || u.pathAndQuery.isEmpty {
            meta["og:title"] = nil
        }
        self.meta = meta
        self.titleTag = titleTag
        self.headings = headings.isEmpty ? hiddenHeadings : headings
        self.subheadings = subheadings
        self.furniture = furniture
        let host = Self.hostParts(of: doc.url)
        // "stellenmarkt-nord" reads as the name "Stellenmarkt Nord" does
        self.hostLabel = host.label?.replacingAll("-", with: "")
        self.siteNames = findSiteNames(subdomains: host.subdomains)
    }

    /// The site's furniture in a block: its short lines, its copyright owner, its logos, where its trails end.
    private static func readFurniture(_ node: TreeNode, furniture: inout Set<String>, trailEnds: inout [String: [TreeNode]],
                                      owner: inout String?, legal: inout String?, logos: inout [String], place: inout String?,
                                      town: inout String?) {
        Self.trailEnds(node, into: &trailEnds)
        var afterOwner = false
        let footer = node.is(.footer) || namedAsFooter(node)
        let lines = PlainText.lines(of: node)
        for (k, line) in lines.enumerated() {
            // the employer's address, on a line of its own or among the footer's facts ("Torstraße 12 · 10119 Berlin");
            // or its town alone on the line after its copyright line ("© 2024 Acme GmbH" / "Vienna/Europe")
            if place == nil {
                place = Location.inAddress(at: k, of: lines)
                    ?? (afterOwner ? Location.townLine(line) : nil)
            }
            // or a sentence of the footer that puts it in a town ("14islands is based in Stockholm, Sweden and was
            // founded in 2011."; not a menu's short lines)
            if town == nil, place == nil, footer, line.utf8.count <= 300, line.spaceParts.count >= 5 {
                town = Location.mentioned(in: line)?.town
            }
            afterOwner = false
            // (a copyright line may go on past its owner with a notice of its own: "© 2026 Úřad rozvoje území • Informace
            // jsou poskytovány v souladu se zákonem …")
            // (a person's, so written, is a personal site's author: "© Copyright 2026 Werner Dobrautz. Powered by …")
            if line.utf8.count > 80, line.utf8.count <= 200, let o = copyrightOwner(line), !PostingLabels.readsAsPerson(o) {
                furniture.insert(Words.normalized(o))
                if owner == nil { owner = o }
                afterOwner = footer
                continue
            }
            guard line.utf8.count <= 80 else { continue }
            // (a question is the end of a sentence, no menu's item or name: "Interested in applying as a" /
            // "Registered Massage Therapist?" names the job)
            if line.utf8.last != 0x3F { furniture.insert(Words.normalized(line)) }
            if let o = copyrightOwner(line) ?? Self.reservingOwner(line) {
                furniture.insert(Words.normalized(o))
                if owner == nil { owner = o }
                afterOwner = footer
            } else if legal == nil, footer, let o = nameOverAddress(lines[k...]) {
                // (or, failing a copyright line, the footer's line that opens with a name and its legal form, as
                // imprints write it: "Schröder Anlagenbau GmbH · Industriestraße 4 · 33602 Bielefeld")
                furniture.insert(Words.normalized(o))
                legal = o
            }
        }
        if logos.count < 4 { Self.logos(in: node, into: &logos) }
    }

    /// The words a heading writes after the title it opens with ("Kravanalytiker på distans" after "Kravanalytiker"),
    /// or nil.
    static func wordsAfterTitle(_ title: String?, in heading: String) -> String? {
        guard let title, case let t = Words.normalized(title), !t.isEmpty else { return nil }
        let h = Words.normalized(heading)
        guard h.utf8.count > t.utf8.count, h.startsWithBytes(t + " ") else { return nil }
        return String(h.dropFirst(t.count + 1))
    }

    /// A line's first part, up to a separator, where it is a name with its legal form: "Schröder Anlagenbau
    /// GmbH · Industriestraße 4 · 33602 Bielefeld" gives "Schröder Anlagenbau GmbH".
    static func legalNameLine(_ line: String) -> String? {
        // (without a legal form, only a line with a number in it, an address's, may open with a name: most lines have
        // neither, as their bytes tell)
        let legal = PostingLabels.mayHoldLegalForm(line)
        guard legal || hasDigit(line) else { return nil }
        var first = line
        for sep in LabelledLines.factBreaks {
            if let r = first.byteRange(of: sep) { first = String(first[..<r.lowerBound]) }
        }
        let name = first.trimmingSpaces
        // (a time is no name: "Sa09:00 – 20:00 Uhr", Saturday's opening hours, is no "SA")
        guard name.spaceParts.count <= 6, !name.contains(":") else { return nil }
        if legal, PostingLabels.readsAsCompany(name) { return name }
        // (or a name without its legal form, the rest of the line its address: "Müller Elektrotechnik · Hauptstraße 5 ·
        // 12345 Neustadt")
        guard first.utf8.count < line.utf8.count, Self.readsAsImprintName(name),
              Location.inAddress(String(line.dropFirst(first.count))) != nil else { return nil }
        return name
    }

    /// Whether the text holds an ASCII digit (an address's postcode or number).
    static func hasDigit(_ text: String) -> Bool { text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }

    /// Whether a line of an imprint or an address block reads as the name it opens with: capitalised words, up to
    /// five, no number, no page's words, no known town ("Elektro Müller", "Müller Elektrotechnik").
    static func readsAsImprintName(_ name: String) -> Bool {
        let words = name.spaceParts
        return (1...5).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true || $0 == "&" || $0 == "und" }
            && !name.contains(where: \.isNumber) && !name.contains(":") && !name.contains("@") && looksLikeName(name)
            && !PostingLabels.isMadeOfPageWords(name) && !PostingLabels.isGeneric(name) && !Cities.contains(name)
            && !Location.isCountry(name) && !words.contains(where: { contactWords.contains($0.lowercased()) })
            && !possessives.contains(words[0].lowercased())
    }
    /// The first person's possessives that open a link to the reader's own area of a site, no name: "My Account",
    /// "Mon Espace Partenaire", "Mein Konto", "Mijn omgeving", "Mi cuenta".
    static let possessives: Set<String> = ["my", "mon", "ma", "mes", "mein", "meine", "mijn", "mi", "mis", "mio", "mia",
                                           "meu", "minha"]
    /// Words of a block's heading over the address, not a name: "Contact & Support", "Kontakt", "Anschrift".
    static let contactWords: Set<String> = ["contact", "contacts", "kontakt", "contacto", "contatti", "contatto", "support",
                                            "address", "adresse", "adres", "anschrift", "dirección", "direccion", "indirizzo",
                                            "impressum", "imprint", "office", "offices", "büro", "hours", "öffnungszeiten",
                                            "headquarters", "hq", "location", "locations", "standort", "standorte", "us",
                                            "uns", "nous", "find", "visit", "besuchen", "info", "information", "informationen"]

    /// The name an address block opens with, on a line of its own over the address ("Elektro Müller" / "Hauptstraße 5"
    /// / "12345 Neustadt"), with or without its legal form.
    static func nameOverAddress(_ lines: ArraySlice<String>) -> String? {
        guard let first = lines.first else { return nil }
        if let name = legalNameLine(first) { return name }
        // (a short capitalised line with no number, over lines with one: the bytes tell before the words are read)
        let next = lines.dropFirst().prefix(3)
        guard first.utf8.count <= 60, let b = first.utf8.first, b >= 0x41 && b <= 0x5A || b >= 0xC3,
              !hasDigit(first), next.contains(where: hasDigit),
              readsAsImprintName(first.trimmingSpaces), next.contains(where: { Location.inAddress($0) != nil }),
              // (nor is a contact field's label over its value: "Phone" / "+31 20 8932941")
              !PostingLabels.contactLabels.contains(first.trimmingSpaces.lowercased().trimmingCharacters(in: ":")),
              // (a social network's link in the footer's column is no name: "Research Gate")
              !SiteOwner.socialNames.contains(first.lowercased().filter { $0 != " " }) else { return nil }
        return first.trimmingSpaces
    }

    /// Whether an element's classes hide it from the eye and keep it for screen readers, by the names style
    /// sheets give that ("sr-only", "visually-hidden", "screen-reader-text").
    static func onlyForScreenReaders(_ node: TreeNode) -> Bool {
        guard let c = node.attribute("class")?.lowercased() else { return false }
        return c.spaceParts.contains { screenReaderClasses.contains(String($0)) }
    }

    static let screenReaderClasses: Set<String> = ["sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
                                                   "screen-reader-only", "a11y-hidden", "u-visually-hidden", "assistive-text"]

    /// The text of a link to the site's home page (`href="/"`, `"index.html"`), or of a heading that is only
    /// such a link: the site's name, wherever it stands. (A link to another site's root, such as a board's link
    /// to the employer's website, is not the site's own.)
    static func homeLinkText(_ node: TreeNode) -> String? {
        var link = node
        if !node.is(.a) {
            // (a heading: the link, past white space, that holds all of its text)
            guard let first = node.firstChild, let child = first.isText ? first.nextSibling : first, child.is(.a),
                  Words.normalized(node.text) == Words.normalized(child.text) else { return nil }
            link = child
        }
        guard let href = link.attribute("href")?.trimmingSpaces, isHomeAddress(href) else { return nil }
        let text = link.text
        return text.isEmpty || text.utf8.count > 60 ? nil : text
    }

    /// Whether a link's address is the site's home: its root, a language's root ("/fr/") or a page named for
    /// home ("index.html", "/fr/home.html", "accueil.php"), relative to the site.
    static func isHomeAddress(_ href: String) -> Bool {
        if ["/", "./", "index.html", "/index.html", "./index.html"].contains(href) { return true }
        guard !href.contains(":"), !href.contains("?"), !href.contains("#") else { return false }
        var parts = href.split(separator: "/").map(String.init)
        if parts.first == "." { parts.removeFirst() }
        if let first = parts.first, first.utf8.count == 2, first.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
            parts.removeFirst()
            if parts.isEmpty { return href.hasPrefix("/") }
        }
        guard parts.count == 1 else { return false }
        let file = parts[0].lowercased().split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        return homePages.contains(file[0]) && (file.count == 1 || ["html", "htm", "php", "asp", "aspx"].contains(file[1]))
    }
    /// Names of a site's home page.
    static let homePages: Set<String> = ["index", "home", "default", "homepage", "accueil", "startseite", "inicio", "welcome"]

    /// The text of a heading its class names as the site's logo or name ("<h1 class="logo"><a
    /// href="https://acme.example/">Acme</a></h1>", "site-title", "navbar-brand"), or nil.
    static func logoHeadingText(_ node: TreeNode) -> String? {
        // (a class, whole or by its end: "logo", "header__logo", "navbar-brand"; not a colour, "text-brand-navy")
        guard let c = node.attribute("class")?.lowercased(), c.spaceParts.contains(where: { k in
            ["logo", "brand", "site-title", "site-name", "site-branding"].contains(k)
                || ["-logo", "_logo", "-brand"].contains(where: { k.hasSuffix($0) })
        }) else { return nil }
        let text = node.text
        return text.isEmpty || text.utf8.count > 60 ? nil : text
    }

    /// The words of a LinkedIn company page's address ("https://nl.linkedin.com/company/human-connection/" gives
    /// "human connection"); nil for any other address, or one that names the page by its number.
    static func linkedInCompanyName(_ href: String) -> String? {
        guard let r = href.byteRange(of: "linkedin.com/company/") else { return nil }
        let slug = href[r.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }.lowercased()
        let words = slug.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).map(String.init)
        guard !words.isEmpty, words.count <= 5, words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber } }),
              !slug.allSatisfy(\.isNumber), slug.utf8.count >= 3 else { return nil }
        return words.joined(separator: " ")
    }

    /// The words of a logo's file name besides "logo" ("/img/Logo-Business-Partners.svg" gives "business partners"),
    /// less the words of its version ("logo-white", "logo_2x"); nil for any other image, or a logo's with no name.
    /// (the site's own logo is the page's first: a client's further down, "logo-bmw.png", is not read)
    static func logoFileName(_ src: String) -> String? { logoFile(src).flatMap(logoName) }
    /// The name among a logo file's words (`logoFileName`).
    static func logoName(_ words: [String]) -> String? {
        let name = words.filter { w in w != "logo" && !logoFileWords.contains(w) && !w.contains(where: \.isNumber) }
        guard !name.isEmpty, name.count <= 4, name.allSatisfy({ $0.count >= 2 && $0.allSatisfy(\.isLetter) }) else { return nil }
        return name.joined(separator: " ")
    }
    /// The lower-case words of an image's file name that has "logo" among them, or nil.
    static func logoFile(_ src: String) -> [String]? {
        guard let file = src.split(separator: "/").last?.split(separator: "?").first, let dot = file.lastIndex(of: ".") else { return nil }
        let words = file[..<dot].lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " || $0 == "@" }).map(String.init)
        return words.contains("logo") ? words : nil
    }
    /// Words of a logo file's version, no name.
    static let logoFileWords: Set<String> = ["white", "black", "dark", "light", "color", "colour", "colored", "mono", "small",
                                             "large", "big", "header", "footer", "horizontal", "vertical", "icon", "full",
                                             "transparent", "retina", "main", "new", "old", "default", "text", "alt", "inverse",
                                             "negative", "positive", "square", "round", "mobile", "desktop", "nav", "site", "web",
                                             "png", "svg", "jpg", "img", "image", "primary", "secondary", "final", "copy", "blue",
                                             "red", "green", "grey", "gray"]

    /// Whether a heading is a link alone whose id or class names the site's logo: "<h1><a href="#" id="logo">Acme</a></h1>".
    static func logoLinkHeading(_ node: TreeNode) -> Bool {
        guard let first = node.firstChild, let child = first.isText ? first.nextSibling : first, child.is(.a),
              child.nextSibling.map({ $0.isText && $0.text.trimmingSpaces.isEmpty && $0.nextSibling == nil }) ?? true,
              Words.normalized(node.text) == Words.normalized(child.text) else { return false }
        let names = ((child.attribute("id") ?? "") + " " + (child.attribute("class") ?? "")).lowercased().spaceParts
        return names.contains { $0 == "logo" || $0.hasSuffix("-logo") || $0.hasSuffix("_logo") }
    }

    /// The names of the logos inside a block of the site's furniture.
    private static func logos(in node: TreeNode, into names: inout [String], depth: Int = 0) {
        guard depth < 12 else { return }
        var c = node.firstChild
        while let child = c, names.count < 4 {
            if child.is(.img) {
                if let name = SiteOwner.logoName(child) { names.append(name) }
            } else if child.isElement {
                logos(in: child, into: &names, depth: depth + 1)
            }
            c = child.nextSibling
        }
    }

    /// The class and id words of a block that holds a trail of links ("breadcrumb", "breadcrumbs", "crumbs").
    static let trailNames = ByteNeedles(["breadcrumb", "crumbs"])

    /// Whether a block's class or id names it the page's footer: a token "footer", one that begins with it
    /// ("footer-wrapper", "footer_main"), or the site's or the page's ("site-footer", "page-footer", "bottom-footer");
    /// not a part's ("card-footer", "modal-footer", "post-footer").
    static func namedAsFooter(_ node: TreeNode) -> Bool {
        guard MainContent.named(node, footerNeedles) else { return false }
        for key: StaticString in ["class", "id"] {
            guard let value = node.attribute(key)?.lowercased() else { continue }
            if value.spaceParts.contains(where: { token in
                token.hasPrefix("footer") || pageFooters.contains(String(token))
            }) { return true }
        }
        return false
    }
    private static let footerNeedles = ByteNeedles(["footer", "Footer"])
    static let pageFooters: Set<String> = ["site-footer", "page-footer", "main-footer", "global-footer", "bottom-footer",
                                           "sitefooter", "pagefooter", "site_footer", "page_footer", "main_footer"]

    /// The last items of the lists of three or more items inside a block (a
    /// few levels down), and the element that closes a run of two or more
    /// links ("<a>Home</a> › <a>Jobs</a> › <span>Engineer</span>"),
    /// normalized: where a breadcrumb trail ends, with the trail's other items.
    /// Inside a block named for a trail (class="breadcrumbs"), two items or one link before the end are
    /// a trail too ("Home › Senior Engineer").
    private static func trailEnds(_ node: TreeNode, into ends: inout [String: [TreeNode]], depth: Int = 0, named: Bool = false) {
        guard depth < 8 else { return }
        let named = named || MainContent.named(node, trailNames)
        let fewest = named ? 1 : 2
        var items: [TreeNode] = []
        var links: [TreeNode] = []
        var closing: String?
        var afterLinks = 0
        var c = node.firstChild
        while let child = c {
            if child.is(.li) { items.append(child) }
            if child.isElement {
                trailEnds(child, into: &ends, depth: depth + 1, named: named)
                // (a separator of its own element, "›" or "/", is no item; an element's text is
                // looked at only after two links, where it may close the trail)
                if child.is(.a), afterLinks == 0 {
                    links.append(child)
                } else if links.count >= fewest, afterLinks < 2, child.textLength(upTo: 160) <= 160, child.text.contains(where: \.isLetter) {
                    closing = child.text
                    afterLinks += 1
                }
            } else if child.isText, links.count >= fewest, afterLinks < 2 {
                // (or a text of its own: "<a>Home</a> &gt; <a>Jobs</a> &gt; Data Engineer")
                let text = child.withContent { String(decoding: $0.prefix(161), as: UTF8.self) }
                if text.utf8.count <= 160, text.contains(where: \.isLetter) {
                    closing = text
                    afterLinks += 1
                }
            }
            c = child.nextSibling
        }
        if items.count >= fewest + 1, let last = items.last, last.textLength(upTo: 160) <= 160 {
            ends[Words.normalized(last.text)] = Array(items.dropLast().prefix(8))
        }
        if links.count >= fewest, afterLinks == 1, let closing {
            ends[Words.normalized(closing)] = Array(links.prefix(8))
        }
        // (a named trail of links alone, "Jobs › Oregon › Portland", ends on its last link: kept with it)
        if named, links.count >= 2, afterLinks == 0, let last = links.last, last.textLength(upTo: 160) <= 160 {
            let key = Words.normalized(last.text)
            if ends[key] == nil { ends[key] = Array(links.prefix(8)) }
        }
    }

    /// The field words of `attributeWords` as one needle set, and which field each is.
    static let fieldNeedles = ByteNeedles(attributeWords.flatMap(\.words))
    static let fieldOfNeedle: [String] = attributeWords.flatMap { f in f.words.map { _ in f.field } }
    static let fieldNeedleBytes: [[UInt8]] = attributeWords.flatMap { f in f.words.map { Array($0.utf8) } }

    /// Whether the lower-case word begins a part of an attribute's value: at its start, after a space,
    /// "-", "_", ":" or ".", or as a capital after a lower-case letter ("jobLocation"), not inside another
    /// word ("colocation", "milieu").
    static func beginsPart(_ v: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        guard v.count >= word.count else { return false }
        for i in 0...(v.count - word.count) where lowerASCII(v[i]) == word[0] {
            guard (1..<word.count).allSatisfy({ lowerASCII(v[i + $0]) == word[$0] }) else { continue }
            if i == 0 { return true }
            let b = v[i - 1]
            if b == 0x20 || b == 0x2D || b == 0x5F || b == 0x3A || b == 0x2E { return true }
            if v[i] >= 0x41 && v[i] <= 0x5A && b >= 0x61 && b <= 0x7A { return true }
        }
        return false
    }
    /// Attribute words of elements that hold other postings, logos, filters or labels, or that are buttons
    /// to follow, save or bookmark ("bookmark-button-company-offer", "boxFollowingCompany"), or other controls
    /// that open or switch something ("xjm-employer-trigger": a board's link for employers to post a job).
    static let notTheField = ByteNeedles(["logo", "similar", "related", "recommend", "filter", "search", "other-jobs",
                                          "description", "about", "overview", "icon", "label", "button", "btn", "follow",
                                          "bookmark", "trigger", "toggle"])

    /// Whether a token of an attribute's value names what the element is not ("company-logo", "similar-jobs"): a
    /// word of `notTheField` in it, unless the token's last part names a field and nothing else, as a block's
    /// element does in the names of BEM ("OfferDetailHeader-companyLogo-companyName": the name within the logo's block).
    static func namesOther(_ v: UnsafeBufferPointer<UInt8>) -> Bool {
        guard notTheField.matches(v) != 0 else { return false }
        var start = 0
        for i in 0...v.count where i == v.count || v[i] == 0x20 || v[i] == 0x09 || v[i] == 0x0A {
            defer { start = i + 1 }
            guard i > start else { continue }
            let token = UnsafeBufferPointer(rebasing: v[start..<i])
            guard notTheField.matches(token) != 0 else { continue }
            var cut = token.count
            while cut > 0, token[cut - 1] != 0x2D, token[cut - 1] != 0x5F { cut -= 1 }
            let last = UnsafeBufferPointer(rebasing: token[cut...])
            let namesField = fieldNeedleBytes.contains { beginsAt0(last, $0) }
            if cut > 0, notTheField.matches(last) == 0, namesField { continue }
            return true
        }
        return false
    }
    /// Whether the bytes begin with the lower-case word, ASCII letters lowered.
    private static func beginsAt0(_ v: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        v.count >= word.count && (0..<word.count).allSatisfy { lowerASCII(v[$0]) == word[$0] }
    }

    /// Records the element's text under the field its attributes name, if
    /// that field has fewer than three and the text is short: "at Acme" → "Acme".
    /// Returns how many texts it recorded.
    private static func readNamed(_ node: TreeNode, into named: inout [String: [String]]) -> Int {
        var mask: UInt64 = 0
        var against = false
        for key: StaticString in ["class", "id", "data-testid", "data-automation-id", "data-automation", "data-ui"] {
            node.withRawAttribute(key) { v in
                var m = fieldNeedles.matches(v)
                guard m != 0 else { return }
                // (a word inside another is not it: "titre-pop-colocation", "milieu", "relocation-package")
                var bits = m
                while bits != 0 {
                    let k = bits.trailingZeroBitCount
                    bits &= bits - 1
                    if !Self.beginsPart(v, fieldNeedleBytes[k]) { m &= ~(1 << UInt64(k)) }
                }
                if m != 0 { mask |= m; against = against || Self.namesOther(v) }
            }
        }
        guard mask != 0, !against, !node.is(.button) else { return 0 }
        var field: String?
        while mask != 0 {
            let f = fieldOfNeedle[mask.trailingZeroBitCount]
            mask &= mask - 1
            // "company-name-location": an element that names two fields holds both, and says neither
            if let seen = field, seen != f { return 0 }
            field = f
        }
        guard let field, (named[field]?.count ?? 0) < 3 else { return 0 }
        // (a title's box that holds a heading and facts under it, the heading's: "<div class=job_title><h4>Software
        // Engineer</h4><ul><li>Job Type: Full time</li>…")
        let heading = field == "title" && !node.tag.isHeading ? node.firstHeading(within: 3) : nil
        var text = node.is(.img) ? (node.attribute("alt") ?? "") : (heading ?? node).text
        for prefix in ["at ", "bei ", "chez ", "en ", "presso ", "bij "] where text.startsWithBytes(prefix) { text.removeFirst(prefix.count) }
        text = text.trimmingSpaces
        for suffix in [" logo", " Logo", " LOGO"] where text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        // a logo's placeholder letter ("I") is no name
        // (a label's own word, "Arbeitgeber", or a heading of facts, "Company and salary information", is no value)
        guard text.filter(\.isLetter).count >= 2, text.utf8.count <= 80, !text.hasSuffix(":"), !PostingLabels.isGeneric(text),
              !PostingLabels.isLabel(text.lowercased()), !PostingLabels.headsFacts(text) else { return 0 }
        // an image's description in lower case ("company profile cover") is no name
        let lowerWords = text.spaceParts.count > 1 && text == text.lowercased()
        guard field == "title" || looksLikeName(text) && !lowerWords, named[field]?.contains(text) != true else { return 0 }
        named[field, default: []].append(text)
        return 1
    }

    /// Path segments and query keys boards give an employer's own page, in six languages.
    static let companyPathWords: Set<String> = ["company", "companies", "cmp", "employer", "employers", "firma", "firmen",
                                                "unternehmen", "arbeitgeber", "entreprise", "entreprises", "societe",
                                                "empresa", "empresas", "bedrijf", "bedrijven", "werkgever", "werkgevers",
                                                "azienda", "aziende", "company-profile", "companyprofile", "employer-profile"]
    /// The stems of `companyPathWords` (and of query keys naming a company).
    static let companyHrefWords = ByteNeedles(["compan", "cmp", "employer", "firm", "unternehmen", "arbeitgeber",
                                               "entreprise", "societe", "empresa", "bedrijf", "werkgever", "aziend"])
    /// Link texts that lead to an employer's other postings: "More jobs from Acme".
    static let moreJobsHeads = ["more jobs from ", "more jobs at ", "more jobs by ", "all jobs from ", "all jobs at ",
                                "other jobs from ", "other jobs at ", "view all jobs at ", "view all jobs from ",
                                "see all jobs at ", "see all jobs from ", "jobs at ", "jobs from ", "weitere jobs von ",
                                "weitere jobs bei ", "alle jobs von ", "alle jobs bei ", "toutes les offres de ",
                                "autres offres de ", "más ofertas de ", "todas las ofertas de ", "meer vacatures van ",
                                "alle vacatures van ", "altre offerte di ", "tutte le offerte di "]

    /// Last words of a link named for the page it opens ("Handshake profile", "company page").
    static let pageWords: Set<String> = ["profile", "page", "website", "site", "homepage", "profil", "seite",
                                         "webseite", "profiel", "pagina", "perfil", "página", "sito"]

    /// The links to employers' pages among an element's descendants (`companyLink`), up to sixteen.
    static func companyLinks(in node: TreeNode, into links: inout [(text: String, spelled: Bool)], depth: Int = 0) {
        guard depth < 12 else { return }
        var c = node.firstChild
        while let child = c, links.count < 16 {
            if child.is(.a) {
                if let link = companyLink(child) { links.append(link) }
            } else if child.isElement {
                companyLinks(in: child, into: &links, depth: depth + 1)
            }
            c = child.nextSibling
        }
    }

    /// A link to the employer's page on the site, and its text as the employer's
    /// name: the path has a segment for companies followed by one more, or the
    /// query a key naming the company; the text is a name, not a call to action.
    static func companyLink(_ a: TreeNode) -> (text: String, spelled: Bool)? {
        // most links name no company: one pass over the raw bytes says so
        guard (a.withRawAttribute("href") { $0.count < 400 ? companyHrefWords.matches($0) : 0 } ?? 0) != 0,
              let href = a.attribute("href") else { return nil }
        let lowered = href.lowercased()
        var rest = Substring(lowered)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...]; rest = rest.drop { $0 != "/" } }
        let pathAndQuery = rest.split(separator: "#", maxSplits: 1).first ?? ""
        let parts = pathAndQuery.split(separator: "?", maxSplits: 1)
        let segments = (parts.first ?? "").split(separator: "/").map(String.init)
        var slug: String?
        var deeper = false
        if let i = segments.firstIndex(where: { companyPathWords.contains($0) }), i + 1 < segments.count {
            slug = segments[i + 1]
            deeper = i + 2 < segments.count
        } else if parts.count == 2 {
            for pair in parts[1].split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1)
                if kv.count == 2, kv[0].contains("company") || kv[0].contains("employer") { slug = String(kv[1]); break }
            }
        }
        guard let slug, !slug.isEmpty else { return nil }
        var text = a.text.trimmingSpaces
        let lower = text.lowercased()
        if let head = moreJobsHeads.first(where: { lower.startsWithBytes($0) }) { text = String(text.dropFirst(head.count)) }
        text = text.trimmingSpaces
        // ("LinkedIn": a link to the employer's page on a social network names the network)
        // ("Handshake profile", "Company page": a link named for what it opens, not for whom)
        guard !text.isEmpty, text.utf8.count <= 80, looksLikeName(text), !PostingLabels.isGeneric(text),
              !SiteOwner.socialNames.contains(Words.normalized(text)),
              !Self.pageWords.contains(String(lower.spaceParts.last ?? "")) else { return nil }
        let name = Words.normalized(text), slugWords = Words.normalized(slug.removingPercentEncoding)
        let spelled = !name.isEmpty && (Words.contains(slugWords, name) || Words.contains(name, slugWords))
        // a link into the employer's pages ("/companies/acme/jobs/apply") named otherwise is an action's
        // ("Contacte-nous", "Spontaneous application"), not the employer's name
        if deeper, !spelled { return nil }
        return (text, spelled)
    }

    /// A name or a place, not a sentence or a link's call to action
    /// ("Get job updates from Acme", "For Employers").
    static func looksLikeName(_ text: String) -> Bool {
        let words = Words.normalized(text).spaceParts
        // (a line that ends on a comma is a list's item or a broken phrase: "Sales,")
        guard !words.isEmpty, words.count <= 7, !text.hasSuffix("?"), !text.hasSuffix("!"), !text.hasSuffix(",") else { return false }
        let action: Set<Substring> = ["you", "your", "apply", "follow", "updates", "view", "see", "more", "employers",
                                      "explore", "discover", "find", "site", "reviews", "directory", "companies",
                                      "login", "sign", "search", "browse", "post", "website", "homepage", "webseite", "web", "ihr", "ihre", "sie", "vous", "votre",
                                      "usted", "su", "jij", "uw", "tuo", "vostro"]
        return !words.contains(where: { action.contains($0) }) && !readsAsDateOrSpan(words)
    }

    /// "parue le 02/12/2013", "2 years", "3-5 Jahre": a date or a span of time, no name.
    static func readsAsDateOrSpan(_ words: [Substring]) -> Bool {
        let spans: Set<Substring> = ["year", "years", "yrs", "month", "months", "ans", "an", "mois", "jahre", "jahr", "monate",
                                     "años", "anos", "anni", "jaar", "maanden", "meses", "mesi"]
        if words.count <= 3, let first = words.first, first.first?.isNumber == true, words.count > 1, spans.contains(words[1]) {
            return true
        }
        // "March 20, 2014", "20. März 2014", "12 décembre 2013": a month's name and a number
        // (the number first: most names hold none, and a set's lookup hashes the word)
        if words.count <= 5, words.contains(where: { $0.utf8.count <= 4 && $0.allSatisfy(\.isNumber) }),
           words.contains(where: { months.contains($0) }) {
            return true
        }
        // Words.normalized splits "02/12/2013" into three numbers
        var run = 0
        for w in words {
            run = w.allSatisfy(\.isNumber) ? run + 1 : 0
            if run == 3 { return true }
        }
        return false
    }

    /// The months' names in the languages read, lower case, and their usual abbreviations.
    static let months: Set<Substring> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
        "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
        "diciembre", "januari", "februari", "maart", "mei", "augustus", "gennaio", "febbraio", "aprile", "maggio",
        "giugno", "luglio", "settembre", "ottobre", "dicembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho",
        "setembro", "outubro", "dezembro",
    ]

    /// The `<meta>` names and properties the heuristics read.
    static let metaKeys: Set<String> = ["og:title", "og:site_name", "og:url", "application-name", "apple-mobile-web-app-title",
                                        "description", "og:description", "author"]

    static let separators = [" | ", " – ", " — ", " - ", " · ", " • ", " @ ", " :: ", " » ", " > "]

    /// `<title>` or og:title split at site-name separators.
    func titleSegments(_ s: String) -> [String] {
        var parts = [s]
        for sep in Self.separators {
            // (most titles hold one or two of the separators: the others only trim, as a split would)
            guard parts.contains(where: { $0.containsBytes(sep) }) else {
                parts = parts.map(\.trimmingSpaces)
                continue
            }
            parts = parts.flatMap { part -> [String] in
                // "32 - 40 uur": a range of numbers is no separator
                var out: [String] = []
                for piece in part.splitBytes(sep) {
                    if let last = out.last, last.last?.isNumber == true, piece.first?.isNumber == true {
                        out[out.count - 1] = last + sep + piece
                    } else {
                        out.append(piece)
                    }
                }
                return out.map(\.trimmingSpaces)
            }
        }
        return parts.filter { !$0.isEmpty }
    }

    /// "© 2026 Acme GmbH. All rights reserved" → "Acme GmbH".
    static func copyrightOwner(_ line: String) -> String? {
        // (most lines hold no mark: their bytes tell, at a scan's cost)
        guard copyrightMarks.matches(line) != 0 else { return nil }
        // (the mark in a circle, as some footers write it: "Ⓒ 2024 Acme GmbH")
        if line.utf8.contains(0xE2), line.containsBytes("Ⓒ") || line.containsBytes("ⓒ") {
            return copyrightOwner(line.replacingAll("Ⓒ", with: "©").replacingAll("ⓒ", with: "©"))
        }
        guard let mark = line.byteRange(of: "©") ?? line.byteRange(of: "Copyright") ?? line.byteRange(of: "(c)") else { return nil }
        var rest = Substring(line[mark.upperBound...])
        // (and the separators a footer puts after the year: "© 2024 | Müller Elektrotechnik")
        // (and the word after the mark: "© Copyright 2026 | Fácil Insumos Generales")
        while true {
            while let f = rest.first, f == " " || f.isNumber || f == "-" || f == "–" || f == "©" || f == "," || f == "|" || f == "·" || f == "•" {
                rest.removeFirst()
            }
            // (… or the other mark after the word: "Copyright (c) 2017, Liksi; tous droits réservés.")
            if rest.startsWithBytes("(c)") || rest.startsWithBytes("(C)") { rest = rest.dropFirst(3); continue }
            guard rest.lowercased().startsWithBytes("copyright") else { break }
            rest = rest.dropFirst(9)
        }
        // "Trans Kontrol © 2020 Wszelkie prawa zastrzeżone.": the owner before the mark, where a reservation is all after it
        if reservations.contains(rest.lowercased().trimmingCharacters(in: " .")) {
            let before = String(line[..<mark.lowerBound]).trimmingCharacters(in: " .|-–,·•")
            guard !before.isEmpty, before.spaceParts.count <= 6, !before.contains("©"), looksLikeName(before) else { return nil }
            return copyrightOwner("© " + before)
        }
        // "Copyright by Acme Digital 2023", "© 2024 by Acme": the owner after "by", the year after it no part of its name
        if rest.startsWithBytes("by ") {
            rest = rest.dropFirst(3)
            if let year = rest.spaceParts.last, year.utf8.count == 4, year.allSatisfy(\.isNumber) { rest = rest.dropLast(5) }
        }
        // "© 2013 All Rights Reserved. Tikal": the owner after the reservation
        for phrase in reservations where rest.count > phrase.count + 3 && rest.lowercased().startsWithBytes(phrase) {
            rest = rest.dropFirst(phrase.count).drop(while: { $0 == "." || $0 == " " || $0 == "|" || $0 == "-" || $0 == "–" })
        }
        // a sentence's full stop ends the name, an abbreviation's does not ("Acme B.V.", "Forge S.r.l.")
        if let stop = rest.firstIndex(where: { $0 == "|" || $0 == "," || $0 == ";" || $0 == "·" || $0 == "•" }) { rest = rest[..<stop] }
        // (an abbreviation that opens the name goes on to the words it abbreviates for: "S.B. Plattenleger GmbH")
        var from = rest.startIndex
        while rest.utf8.contains(0x2E), let stop = rest[from...].firstRange(of: ". ") {
            let word = rest[..<stop.lowerBound].spaceParts.last ?? ""
            let abbreviation = word.contains(".") || word.count == 1
            let next = rest[stop.upperBound...].spaceParts.first.map(String.init) ?? ""
            if abbreviation, !PostingLabels.legalForms.contains(word.lowercased().filter { $0 != "." }),
               next.first?.isUppercase == true, !reservations.contains(where: { $0.hasPrefix(next.lowercased() + " ") }) {
                from = stop.upperBound
                continue
            }
            rest = rest[..<(abbreviation ? stop.upperBound : stop.lowerBound)]
            break
        }
        if rest.hasSuffix("."), !rest.dropLast().contains(".") { rest = rest.dropLast() }
        if let tail = reservations.first(where: { rest.utf8.count > $0.utf8.count && rest.lowercased().hasSuffix(" " + $0) }) {
            rest.removeLast(tail.count + 1)
        }
        // (a year after the name is no part of it either: "© DISID Corporation 2016", "© Acme 2016–2024")
        var owner = rest.trimmingSpaces
        if let last = owner.spaceParts.last, owner.spaceParts.count > 1, last.utf8.count >= 4,
           last.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "–" }), last.prefix(4).allSatisfy(\.isNumber) {
            owner = String(owner.dropLast(last.count)).trimmingSpaces
        }
        // a name, not the page's words ("Copyright text© 2020")
        guard let first = owner.first, first.isUppercase || first.isNumber, owner.utf8.count <= 60,
              !reservations.contains(where: { owner.lowercased().hasPrefix($0.spaceParts.prefix(2).joined(separator: " ")) })
        else { return nil }
        return owner
    }

    /// The owner a line names before its reservation of rights, with no mark of copyright: "Acme Technologies Pvt
    /// Ltd. All Rights Reserved 2022" → "Acme Technologies Pvt Ltd". A name of up to six words only, not a sentence's
    /// ("Content on this site. All rights reserved").
    static func reservingOwner(_ line: String) -> String? {
        guard reservationParts.matches(line) != 0 else { return nil }
        let lower = line.lowercased()
        guard lower.utf8.count == line.utf8.count,
              let at = reservations.lazy.compactMap({ lower.byteRange(of: $0) }).first else { return nil }
        // (the lower-case text's bytes are the line's: the same offset)
        let end = line.utf8.index(line.startIndex, offsetBy: lower.utf8.distance(from: lower.startIndex, to: at.lowerBound))
        let before = String(line[..<end]).trimmingCharacters(in: " .|-–,")
        guard !before.isEmpty, before.spaceParts.count <= 6, looksLikeName(before) else { return nil }
        return copyrightOwner("© " + before)
    }

    /// The marks `copyrightOwner` reads, in any case: a superset of them for a first look at a line's bytes.
    static let copyrightMarks = ByteNeedles(["©", "copyright", "(c)", "Ⓒ", "ⓒ"])
    /// A part in ASCII letters of each of `reservations`, in any case, for a first look at a line's bytes.
    static let reservationParts = ByteNeedles(["all rights", "alle rechte", "tous droits", "todos los derechos", "tutti i diritti",
                                               "todos os direitos", "wszelkie prawa", "echna pr", "alla r", "alle retti",
                                               "kaikki oikeudet"])
    static let reservations = ["all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
                               "alle rechten voorbehouden", "todos los derechos reservados", "tutti i diritti riservati",
                               "todos os direitos reservados", "wszelkie prawa zastrzeżone", "všechna práva vyhrazena",
                               "alla rättigheter förbehållna", "alle rettigheder forbeholdes", "alle rettigheter reservert",
                               "kaikki oikeudet pidätetään"]

    /// The site's own names: `og:site_name` (without "Careers"/"Jobs"), the
    /// application name, the registrable part of the host.
    private(set) var siteNames: Set<String> = []
    private(set) var hostLabel: String?

    private func findSiteNames(subdomains: [String]) -> Set<String> {
        var names: Set<String> = []
        for key in ["og:site_name", "application-name", "apple-mobile-web-app-title"] {
            if let v = meta[key] { names.insert(Words.normalized(v)); names.insert(Words.normalized(Self.cleanCompany(v))) }
        }
        if let host = hostLabel { names.insert(host) }
        // the site's own subdomain names it too: "jobonline" of jobonline.thecareersgroup.co.uk
        for label in subdomains where !["www", "jobs", "job", "careers", "career", "apply", "m", "en", "de", "fr"].contains(label) {
            names.insert(label)
        }
        names.remove("")
        // a page that puts the posting's own title in og:site_name (not a site whose heading is its name, as its page
        // title ends: "Fulltime Back-End Boss | User Experience Design Agency" over the heading "User Experience Design
        // Agency")
        let titleEnd = titleTag.flatMap { titleSegments($0).dropFirst().last }.map(Words.normalized)
        for h in headings where Words.normalized(h) != titleEnd { names.remove(Words.normalized(cleanTitle(h))) }
        return names
    }

    /// The registrable label of a text that is a host's name under a top-level domain the list knows ("artkonekt.com",
    /// "Acme.io"), without its hyphens; nil for any other text ("Vue.js").
    static func domainLabel(_ text: String) -> String? {
        guard text.utf8.count <= 60, text.utf8.contains(0x2E), text.utf8.allSatisfy({ b in
            b == 0x2E || b == 0x2D || b >= 0x30 && b <= 0x39 || b >= 0x41 && b <= 0x5A || b >= 0x61 && b <= 0x7A
        }), text.utf8.first != 0x2E, text.utf8.last != 0x2E, !text.contains(where: \.isNumber) || text.contains(where: \.isLetter),
              case let host = text.lowercased(), PublicSuffixList.shared.knowsTopLevelDomain(of: host),
              let (label, _) = PublicSuffixList.shared.registrableLabel(of: host) else { return nil }
        return label.replacingAll("-", with: "")
    }

    /// The first label of the host's registrable domain (the Public Suffix
    /// List's: "dice" for www.dice.com, "seek" for www.seek.com.au) and the
    /// labels before it ("jobonline" of jobonline.thecareersgroup.co.uk), lower case.
    private static func hostParts(of url: String?) -> (label: String?, subdomains: [String]) {
        guard let url, let u = WebURL(url), !u.isFile else { return (nil, []) }
        let host = u.host.lowercased()
        guard let (label, registrable) = PublicSuffixList.shared.registrableLabel(of: host) else { return (nil, []) }
        let subdomains = host.count > registrable.count
            ? host.dropLast(registrable.count + 1).split(separator: ".").map(String.init) : []
        return (label, subdomains)
    }

    /// Whether two texts share a word of four letters or more, one word the other's start with up to two letters
    /// more ("lasser" and "Lassers").
    static func sharesWord(_ a: String, _ b: String) -> Bool {
        let words = { (t: String) in t.lowercased().letterRuns.map(String.init).filter { $0.count >= 4 } }
        let x = words(a), y = words(b)
        return x.contains { u in
            y.contains { v in (u.hasPrefix(v) && u.count - v.count <= 2) || (v.hasPrefix(u) && v.count - u.count <= 2) }
        }
    }

    /// Whether a text is the site's own name: its furniture's, or its owner's with or without a town after it
    /// ("Het Langhuis Zwolle" for "Het Langhuis").
    func namesSite(_ text: String) -> Bool {
        if isSiteFurniture(text) { return true }
        guard let (owner, _) = siteOwner else { return false }
        let n = Words.normalized(text), o = Words.normalized(owner)
        return !o.isEmpty && (n == o || n.hasPrefix(o + " ") && Cities.contains(String(text.spaceParts.last ?? "")))
    }

    /// Whether a text is the site's own: its name, the host, its furniture.
    func isSiteFurniture(_ text: String) -> Bool {
        let n = Words.normalized(text)
        guard !n.isEmpty else { return false }
        if furniture.contains(n) || Self.namesWebsite(n) { return true }
        let compact = n.replacingAll(" ", with: "")
        for name in siteNames where !name.isEmpty {
            if n == name || compact == name.replacingAll(" ", with: "") { return true }
            // "Dice.com", "Monster+HotJobs", "careerbuilder com"
            if let host = hostLabel, compact.startsWithBytes(host) || compact.hasSuffix(host) { return true }
        }
        // "Civil Service" on civilservicejobs.service.gov.uk: the host begins with the name
        if let host = hostLabel, compact.utf8.count >= 5, host.startsWithBytes(compact) { return true }
        return false
    }

    /// Whether normalized text names a website as one, in the six languages: "Diciphr Website", "Acme Homepage",
    /// "Site web de Dupont", "Sitio web de Acme", "Website van Jansen".
    static func namesWebsite(_ n: String) -> Bool {
        // (most names hold neither word: one search of the bytes decides)
        guard n.containsBytes("web") || n.containsBytes("home") else { return false }
        return websiteEnds.contains { n.hasSuffix($0) && n.utf8.count > $0.utf8.count }
            || websiteStarts.contains { n.startsWithBytes($0) && n.utf8.count > $0.utf8.count }
    }
    static let websiteEnds = [" website", " web site", " homepage", " home page", " webseite", " webpage"]
    /// Words that call a site a website, alone after its name and a dash.
    static let websiteWords: Set<String> = ["website", "web site", "homepage", "home page", "home", "webseite", "webpage",
                                            "site web", "site officiel", "sitio web", "sito web", "officiële website"]

    /// A site's name without the words that call it a website: "Diciphr Website" is "Diciphr", "Site web de
    /// Dupont" "Dupont"; other names as they are.
    static func withoutWebsiteWords(_ name: String) -> String {
        let n = Words.normalized(name)
        guard namesWebsite(n) else { return name }
        let words = name.spaceParts
        if let end = websiteEnds.first(where: { n.hasSuffix($0) }) {
            return words.dropLast(end.spaceParts.count).joined(separator: " ")
        }
        if let start = websiteStarts.first(where: { n.startsWithBytes($0) }) {
            return words.dropFirst(start.spaceParts.count).joined(separator: " ")
        }
        return name
    }
    static let websiteStarts = ["website of ", "homepage of ", "site web de ", "site officiel de ", "sitio web de ",
                                "página web de ", "sito web di ", "website van ", "website von ", "webseite von "]

    /// Whether the page is on a job board or an applicant-tracking platform,
    /// not the employer's own site: its host names one, or it links to employers' pages.
    var isBoard: Bool {
        !companyLinks.isEmpty || offersPosting || hostLabel.map(SiteOwner.isBoardHost) == true
    }

    /// Whether the page links employers to where they post jobs ("Post a job", "For employers"): a board's.
    private(set) var offersPosting = false
    /// Whether the site's links serve both sides of the hiring, employers ("For employers", "För arbetsgivare") and job
    /// seekers ("Candidates", "För arbetssökande"): a recruiter's or a board's, not an employer's own.
    private(set) var servesBothSides = false
    /// The links of a recruiter's or a board's menu for employers, whole (`Words.normalized`), in the six languages and
    /// the rest of the EU's job market (those that invite them to post a job are `postingOffers`).
    static let employerSides: Set<String> = [
        "employers", "for employers", "for clients", "arbeitgeber", "für arbeitgeber", "für unternehmen", "employeurs",
        "pour les employeurs", "espace employeurs", "empleadores", "para empleadores",
        "werkgevers", "voor werkgevers", "opdrachtgevers", "voor opdrachtgevers", "datori di lavoro", "per i datori di lavoro",
        "empregadores", "para empregadores", "för arbetsgivare", "arbetsgivare", "for arbeidsgivere", "arbeidsgivere",
        "for arbejdsgivere", "arbejdsgivere", "dla pracodawców", "pracodawcy", "pro zaměstnavatele", "zaměstnavatelé",
    ]
    /// … and its links for job seekers.
    static let seekerSides: Set<String> = [
        "candidates", "for candidates", "job seekers", "jobseekers", "for job seekers", "for jobseekers", "bewerber",
        "für bewerber", "kandidaten", "für kandidaten", "candidats", "pour les candidats",
        "espace candidats", "candidatos", "para candidatos", "werkzoekenden", "voor werkzoekenden", "voor kandidaten",
        "candidati", "per i candidati", "arbetssökande", "för arbetssökande", "jobbsøkere",
        "for jobbsøkere", "jobsøgere", "for jobsøgere", "dla kandydatów", "kandydaci", "pro uchazeče", "uchazeči",
    ]
    /// Whether a short link's words (`Words.normalized`) offer employers to post a job, alone or among others:
    /// "Post a job", "Employers / Post Job", "Für Arbeitgeber: Stellenanzeige aufgeben".
    static func offersToPost(_ words: String) -> Bool {
        // (the phrases' bytes tell first: most links hold none)
        words.utf8.count <= 40 && postingOfferNeedles.matches(words) != 0 && postingOffers.contains { Words.contains(words, $0) }
    }
    private static let postingOfferNeedles = ByteNeedles(Array(postingOffers))

    /// A board's links for employers, in the six languages and Portuguese.
    static let postingOffers: Set<String> = [
        "post a job", "post a job for free", "post jobs", "post job", "post your job", "post a vacancy", "for employers",
        "employer login", "employer sign in", "recruiter login", "advertise a job", "list a job",
        "stellenanzeige aufgeben", "stellenangebot aufgeben", "job inserieren", "stellenanzeige schalten",
        "für arbeitgeber", "arbeitgeber login", "publier une offre", "publier une annonce", "déposer une offre",
        "espace recruteur", "espace employeur", "publicar oferta", "publicar una oferta", "publicar empleo",
        "acceso empresas", "vacature plaatsen", "plaats een vacature", "voor werkgevers", "pubblica un annuncio",
        "pubblica offerta", "anunciar vaga", "publicar vaga",
    ]

    /// The site's owner and how many other places agree with it: the copyright
    /// line's owner, else the name of the site's own logo; agreeing are the
    /// host, `og:site_name`, the logos and the page title's last segment.
    var siteOwner: (String, Int)? {
        let siteLogos = furnitureLogos + logos.filter { isSiteFurniture($0) }
        guard let name = copyrightOwner ?? siteLogos.first else { return nil }
        let compact = Self.compact(name)
        guard compact.count >= 2 else { return nil }
        let spells = { Self.spellsAlike(compact, $0) }
        let segments = (meta["og:title"] ?? titleTag).map(titleSegments) ?? []
        // (the page title's end, or its start: "Posting | Acme", "Acme | PHP Developers")
        let ends = segments.count > 1 ? [segments.first!, segments.last!] : []
        let places: [[String]] = [[hostLabel].compactMap { $0 }, [meta["og:site_name"]].compactMap { $0 },
                                  siteLogos.filter { $0 != name }, ends]
        // (the page's author, where it writes the name whole: "Evangelische Müttergenesung in Württemberg" of
        // "© 2025 Müttergenesung in Württemberg")
        let authored = compact.count >= 4 && meta["author"].map { Self.compact($0).containsBytes(compact) } == true
        return (name, places.filter { $0.contains(where: spells) }.count + (authored ? 1 : 0))
    }

    /// Words of the URL's path: "/jobs/123-senior-engineer-berlin" → "jobs 123 senior engineer berlin".
    var urlWords: String {
        guard let url = doc.url, let u = WebURL(url) else { return "" }
        return Words.normalized(String(u.pathAndQuery.split(separator: "?").first ?? ""))
    }

    /// A known town of one word or two that ends the URL's last part right after a word of the job's title
    /// ("/jobs/data-engineer-berlin.html" for "Data Engineer"), as the page's lines write it; nil when they
    /// never do (the URL's lower case says nothing of the name's).
    func urlTown(after title: String, lines: [String]) -> String? {
        guard let url = doc.url, let u = WebURL(url),
              let last = u.pathAndQuery.split(separator: "?").first?.split(separator: "/").last else { return nil }
        var words = Words.normalized(String(last)).spaceParts
        if let end = words.last, ["html", "htm", "php", "aspx", "asp", "jsp"].contains(end) { words.removeLast() }
        let titleWords = Set(Words.normalized(title).spaceParts)
        for n in [2, 1] where words.count > n && titleWords.contains(words[words.count - n - 1]) {
            let tail = words.suffix(n).joined(separator: " ")
            guard !titleWords.contains(words[words.count - 1]), Cities.contains(tail) else { continue }
            for line in lines.prefix(400) {
                if let r = line.range(of: tail, options: .caseInsensitive) { return String(line[r]) }
            }
        }
        return nil
    }

    /// The posting the page's own evidence gives; `organizationPlace` gives the place of the organisation the
    /// page's markup describes (read only where nothing else names a place).
    func posting(labels: LabelledLines, description: String?, organizationPlace: () -> String? = { nil }) -> Posting {
        var p = Posting()
        p.source = meta["og:title"] != nil ? .opengraph : .heuristic
        var title = Ballot(), company = Ballot(), location = Ballot()
        // the names the domains of the page's mail addresses spell, without hyphens ("acmesystems" of jobs@acme-systems.de)
        let mailed = Set(MailDomain.labels(in: labels.lines.prefix(200).joined(separator: "\n")).map { $0.replacingAll("-", with: "") })
        // a place as tidied, and the arrangement its raw text wrote after it ("St. Louis, MO / Remote")
        var arrangementOf: [String: WorkArrangement] = [:]
        func addPlace(_ raw: String, _ place: String, _ weight: Int) {
            var tidy = Location.tidied(raw)
            // (a word of the arrangement the page set right after the place, with no mark between: "Berlin, Germany
            // Hybrid" is "Berlin, Germany")
            if let space = tidy.lastIndex(of: " "), case let last = String(tidy[tidy.index(after: space)...]),
               !last.contains(where: \.isNumber), WorkArrangement.stated(last) != nil,
               case let rest = String(tidy[..<space]).trimmingSpaces, Cities.contains(rest) || LabelledLines.place(rest) != nil {
                tidy = rest
            }
            if tidy != raw, let w = WorkArrangement.inLocation(raw) { arrangementOf[tidy] = w }
            location.add(tidy, place, weight)
        }

        // labels next to values, in six languages
        // a label that is an ordinary word too ("Role:", "Position:") may name a category, not the title
        // (a value of no letters is a count, not a title: "Vacancy: 9")
        if let (v, at) = labels.labelled(PostingLabels.title), v.contains(where: \.isLetter) {
            title.add(v, "label", labels.label(ofValueAt: at).map { LabelledLines.colonOnly.contains($0) } == true ? 5 : 7)
        }
        // (a person under a recruiter's label is the agency's contact, not the employer: "Recruiter: Anna Smith")
        // (nor is a sentence a name: "Agency:" / "You're in charge of the task before you. We'll do our best …", a
        // perk's heading that is a label's word)
        let labelledCompany = labels.labelled(PostingLabels.company, accepting: { v in
            !LabelledLines.isSentence(v)
                && (!PostingLabels.readsAsPerson(v) || labels.labelled(PostingLabels.personLabels, accepting: { $0 == v }) == nil)
        })
        if let (v, _) = labelledCompany {
            // a value that speaks of the employer names it ("Über Intra2net", "About Acme")
            company.add(LabelledLines.spokenOf(v).flatMap { Self.looksLikeName($0) ? $0 : nil } ?? v, "label", 7)
        } else if let (v, _) = labels.companySectionName, !PostingLabels.readsAsPerson(v) {
            company.add(v, "label", 6)
        }
        if let by = labels.postedBy { company.add(by, "byline", 5) }
        let placeLabelled = labels.placeLabelled
        if let (v, _) = placeLabelled { addPlace(v, "label", 7) }
        // elements the site's own markup names: class="company-name", data-testid="job-location"
        // the first element of each field counts most; the site's own furniture is weighed below
        // (three different employers or places so named are the cards of a list of postings)
        let listed = { (field: String) -> Bool in Set((self.named[field] ?? []).map { Words.normalized($0) }).count >= 3 }
        for (k, text) in (named["title"] ?? []).enumerated() { title.add(cleanTitle(text), "class", 4 - k) }
        for (k, text) in (named["company"] ?? []).enumerated() where !listed("company") { company.add(text, "class", 5 - k) }
        // (two places that differ are the places of a list of jobs: "Palo Alto, CA", "Foster City, CA" in the board's
        // similar jobs; a town and its postcode apart are one place)
        let namedPlaces = Set((named["location"] ?? []).filter { LabelledLines.isPlaceName($0) }.map { Words.normalized($0) })
        if !listed("location"), namedPlaces.count < 2 {
            for (k, text) in (named["location"] ?? []).enumerated() { addPlace(text, "class", 5 - k) }
        }

        // the page title, read by the patterns sites write it in
        var titledBoards: Set<String> = []
        for (place, raw) in [("og:title", meta["og:title"]), ("title", titleTag)] {
            guard let raw else { continue }
            // split only where a title never is: "A - B" may be one title
            var coarse = [raw]
            for sep in [" | ", " · ", " • ", " :: ", " » ", " > "] { coarse = coarse.flatMap { $0.splitBytes(sep).map(\.trimmingSpaces) } }
            // ("Werken bij Acme" names the careers pages: no job "Werken" at Acme)
            for segment in coarse where !isSiteFurniture(segment) && !Self.namesCareersPage(segment) {
                // "Neuer Job bei Code for Germany: Wir suchen Communitybuilder*in! (80%, ab Januar 2020)": a headline whose
                // part after its colon seeks the role gives the role; its part before, the employer
                if let colon = segment.byteRange(of: ": "), case let after = String(segment[colon.upperBound...]),
                   Self.seekingOpeners.contains(where: { after.lowercased().startsWithBytes($0) }) {
                    title.add(cleanTitle(after), place, 5)
                    // (its part before names the employer only: "Neuer Job" is no title)
                    if let r = TitlePatterns.read(String(segment[..<colon.lowerBound])) { company.add(r.company, place, 4) }
                    continue
                }
                guard let r = TitlePatterns.read(segment) else { continue }
                // "Find Jobs - Engineer Jobs in Austin, Texas - Acme": without the site's words
                let kept = r.title.map { $0.splitBytes(" - ").filter { !PostingLabels.isGeneric($0) && !isSiteFurniture($0) } }
                title.add(kept.map { cleanTitle($0.joined(separator: " - ")) }, place, 4)
                company.add(r.company, place, 4)
                location.add(r.location.flatMap { $0.splitBytes(" - ").first }, place, 5)
                // (a part of its own after the one that names the employer is the site's name, a board's:
                // "Flutter Developer bei Orbyz | DEVjobs.at")
                if let employer = r.company, let last = coarse.last, last != segment, coarse.count == 2,
                   case let board = Words.normalized(last), !board.isEmpty, board != Words.normalized(employer) {
                    titledBoards.insert(board)
                }
            }
        }
        // a careers site's heading names its employer ("CAREERS AT NVIDIA", "Jobs at Acme")
        if !isBoard, let own = headings.prefix(3).lazy.compactMap(Self.careersOf).first { company.add(own, "h1", 3) }
        // … as does a short line of the posting's header that heads its one opening ("Open Position at The Forecast
        // Foundation")
        if let own = labels.lines.prefix(40).lazy.filter({ line in
            line.utf8.count <= 80 && Self.openingPrefixes.contains { line.startsWithBytes($0) }
        }).compactMap(Self.careersOf).first {
            company.add(own, "header", 4)
        }
        // headings: h1 first, then og:title and the title's first segment that is no site name
        for (i, h) in headings.enumerated() {
            let t = cleanTitle(h)
            // a page of many h1s uses them for its menus: none is the title by its element alone
            // (an employer's sentence that seeks no role is none either: "Acme is on the hunt for fresh talent")
            // (nor is one that hires staff and no role, however cleaned: "Nordlicht sucht Mitarbeiter")
            if !Self.seeksNoRole(t), !Self.seeksStaffOnly(h) { title.add(t, "h1", headings.count > 3 ? 2 : i == 0 ? 5 : 3) }
            // "Dressland sucht neue Mitarbeiter im Verkauf Aussendienst": the employer and the role it seeks
            // (read in the heading as written: the cleaned title has lost the name and its verb)
            if i == 0, let (name, role) = Self.hiringHeading(h) {
                title.add(cleanTitle(role), "h1", 6)
                company.add(name, "h1", 4)
            }
            // "Backend Engineer at Acme": the role, then its employer
            if i == 0, let (role, name) = Self.roleAtEmployer(t) {
                title.add(role, "h1", 6)
                company.add(name, "h1", 4)
            }
            // "Developer: Illinois State University" — the title and its employer
            if let colon = t.byteRange(of: ": ") {
                let after = String(t[colon.upperBound...])
                if company.candidates.contains(where: { Words.normalized($0.text) == Words.normalized(after) }) {
                    title.add(String(t[..<colon.lowerBound]), "h1", 6)
                }
            }
        }
        // (the employer's name a page title sets beside the words of a page of jobs: "Kleinscharig - Vacature")
        var nameBesidePageWords: Set<String> = []
        for (place, raw) in [("og:title", meta["og:title"]), ("title", titleTag)] {
            guard let raw else { continue }
            // "Cogent - Join - Developer", "Acme | Careers | Data Engineer": the part after the careers section's word
            // (or after the careers site's own name, where the page writes the part as a line of its own, a role or
            // not: "Gojek Jobs | Senior Financial Planning & Analysis")
            let all = titleSegments(raw)
            for k in all.indices.dropFirst() {
                let section = Self.careersSections.contains(all[k - 1].lowercased())
                let site = !section && Self.careersOf(all[k - 1]) != nil
                guard section || site else { continue }
                if PostingLabels.readsAsRole(all[k])
                    || site && all[k].utf8.count <= 80 && labels.lines.prefix(100).contains(where: { $0.trimmingSpaces == all[k] }) {
                    title.add(cleanTitle(all[k]), place, 5)
                }
            }
            let segments = all.filter { !isSiteFurniture($0) && !PostingLabels.isGeneric($0) }
            // (a part that names a company or a research unit, and no role, is the site's name: "Sensorimotor
            // Interaction Group", "Ecological Forecasting Lab")
            // (nor is an employer's sentence that seeks no role: "MAD Agency is looking for talent", "Acme is hiring")
            if let first = segments.first, !Self.seeksNoRole(first) {
                // (so is the one part beside the words of a page of jobs, where it reads as no role: "Kleinscharig -
                // Vacature", "Codurance - Careers"; that part is the employer's name, as its careers site writes it)
                let besidePageWords = all.count == 2 && segments.count == 1 && !PostingLabels.readsAsRole(first)
                    && all.contains { Self.careersSections.contains($0.lowercased()) || PostingLabels.isMadeOfPageWords($0) }
                let organisation = besidePageWords
                    || (PostingLabels.readsAsCompany(first) || Self.namesResearchUnit(first)) && !PostingLabels.readsAsRole(first)
                title.add(cleanTitle(first), place, organisation ? 1 : place == "og:title" ? 4 : 3)
                // (past what leads into it: "Werken bij Resort Land & Zee | Vacatures")
                if besidePageWords, !isBoard, case let name = Self.careersOf(first) ?? first {
                    company.add(name, place, 2)
                    nameBesidePageWords.insert(name)
                }
            }
        }
        // a first heading that names the employer or the site, not a job, over one that reads as a role
        // ("Acme Analytics" / "Backend Engineer"), as careers sites set their name as the page's h1
        // (the heading is the employer's only where other evidence says so: a board's or a group's own name is none)
        if let (name, role) = employerOverRole() {
            title.add(cleanTitle(role), headings.contains(role) ? "h1" : "h2", 6)
            title.adjust(-3) { $0.place == "h1" && $0.text == cleanTitle(name) }
        }
        // the line under a heading, where it is a title, or a sentence that seeks one, not the sentence that opens the
        // section ("Wat ga je doen?" / "Als kok of keukenhulp help je …"; but "Wir suchen … einen Schreiner (m/w/d).")
        let titleUnder = { (heading: String) -> String? in
            guard let i = labels.lineIndex(of: heading), i + 1 < labels.lines.count else { return nil }
            let next = labels.lines[i + 1].trimmingSpaces, cleaned = cleanTitle(next)
            // (after a verb of seeking and an article, the words are the one sought, a role known or not: "Vi søker en
            // blikkenslager med fagbrev.")
            guard next.utf8.count <= 120, !next.contains(":"), !LabelledLines.isSentence(cleaned),
                  PostingLabels.readsAsRole(next) || cleaned != next && Self.seeksAfterArticle(next) else { return nil }
            return cleaned
        }
        let firstSection = subheadings.first(where: PostingLabels.isGeneric)
        // no h1, or only the site's and section headings ("Careers"): the next headings down
        var sections: [String] = []
        if headings.isEmpty {
            // (and the line under the first section heading, below: "Job Opening" / "Wirtschaftsingenieur …")
            sections = [firstSection].compactMap { $0 }
            for h in subheadings.prefix(3) { title.add(cleanTitle(h), "h2", 2) }
            // (the first of them that reads as a role, over a page title that does not: "gm" / "Backend Engineer")
            if let first = subheadings.first, PostingLabels.readsAsRole(first),
               !title.candidates.contains(where: { ["title", "og:title"].contains($0.place) && PostingLabels.readsAsRole($0.text) }) {
                title.adjust(2) { $0.place == "h2" && $0.text == cleanTitle(first) }
            }
            // "Postdoc Positions in HCI at Saarland University": the first one's role, then its employer, as an h1's
            if let first = subheadings.first, let (role, name) = Self.roleAtEmployer(cleanTitle(first)) {
                title.add(role, "h2", 5)
                company.add(name, "h2", 3)
            }
        } else if headings.allSatisfy({ PostingLabels.isGeneric($0) || isSiteFurniture($0) || Self.namesCareersPage($0) }) {
            let own = subheadings.filter { !PostingLabels.isGeneric($0) && !isSiteFurniture($0) }
            for h in own.prefix(3) { title.add(cleanTitle(h), "h2", 2) }
            // a heading that asks a question is a hook, not the job ("Sei intraprendente?"); the role it asks
            // for may stand right under it ("Technical Project Manager")
            for h in own.prefix(3) where h.hasSuffix("?") {
                let hook = cleanTitle(h)
                title.adjust(-3) { $0.text == hook }
                // (not another question)
                if let under = titleUnder(h), !under.hasSuffix("?") { title.add(under, "header", 3) }
            }
            // … or the line right under a section heading, the h1 or the first generic h2 or h3
            // ("Stellenausschreibung" / "Fachkraft (m/w/d) …", "Offene Stellen" / "Pädagogische Fachkraft …")
            sections = [headings.first, firstSection].compactMap { $0 }
        }
        if let under = sections.lazy.compactMap(titleUnder).first { title.add(under, "header", 3) }
        // a heading right over the posting's first section ("Monter konstrukcji stalowych" / "Opis stanowiska:",
        // "Barista" / "Wat ga je doen?"): the posting's own heading, as a careers page of one opening or a few
        // writes it under the page's headline
        if let h = subheadings.first(where: { h in
            h.utf8.count <= 100 && !h.hasSuffix("?") && !h.hasSuffix("!") && !h.contains(":") && !PostingLabels.isGeneric(h)
                && !isSiteFurniture(h) && !PostingLabels.opensSection(h) && !LabelledLines.isSentence(h)
                && !h.lowercased().letterRuns.contains(where: { LabelledLines.readerWords.contains(String($0)) })
                && labels.lineIndex(of: h).map { $0 + 1 < labels.lines.count && PostingLabels.opensSection(labels.lines[$0 + 1]) } == true
        }) {
            title.add(cleanTitle(h), "h2", 4)
        }
        // the line over the posting's first labelled fact ("Accounts Payable Clerk" / "Location: Headquarters")
        if let over = labels.lineOverFacts { title.add(cleanTitle(over), "header", 3) }
        // the first line near the top that ends in a gender mark, as German, French and Dutch titles do, heading or
        // not ("Komm ins Team." / "Offene Stelle" / "Tiefbauer / Baugeräteführer (m/w/d)")
        // (every mark is in brackets: most lines have none, as their bytes tell)
        if let at = labels.lines.prefix(40).firstIndex(where: { line in
            line.utf8.count <= 120 && line.utf8.contains(0x28) && line.utf8.first != 0x28
                && line.utf8.last != 0x2E && line.utf8.last != 0x3A && !line.containsBytes(": ")
                && line.utf8.lazy.filter({ $0 == 0x20 }).count <= 11 && PostingLabels.hasGenderMark(line.lowercased())
        }), case let marked = labels.lines[at],
           // (a line that ends on the word before the role goes on on the next, whose first clause is the role: "Wir
           // suchen Sie (m/w/d) als" / "Fachärztin für Allgemeinmedizin", "… suchen Verstärkung (m/w/d) für" /
           // "Außendienst und Disposition. Bei uns …")
           case let continued = marked.spaceParts.last.map({ Self.wordsBeforeRole.contains($0.lowercased()) }) == true,
           !continued || at + 1 < labels.lines.count,
           case let next = continued ? String(labels.lines[at + 1].prefix { !".;!?".contains($0) }).trimmingSpaces : "",
           !continued || !next.isEmpty && next.utf8.count <= 80 && next.first?.isUppercase == true {
            // (a line of a heading the source broke is that heading's: "… Immunrezeptoren zur" / "Resistenz … (m/w/d)")
            let line = continued ? next : cleanTitle(marked)
            let n = Words.normalized(line)
            if !title.candidates.contains(where: { Words.contains(Words.normalized($0.text), n) }) {
                title.add(line, "text", 3)
            } else {
                // a heading that ends in a gender mark is a role's, more than a page title's first words
                title.adjust(2) { Words.normalized($0.text) == n }
            }
        }
        // a line near the top that says what the vacancy is for names the job: "Vaga para Developer" under the
        // heading "Developer", or over a page title of the site's ("Web Software Development — HE:labs")
        if let line = labels.lines.prefix(60).first(where: { l in l.utf8.count <= 100 && Self.vacancyOpeners.contains { l.startsWithBytes($0) } }) {
            let role = cleanTitle(line), n = Words.normalized(role)
            if title.candidates.contains(where: { Words.normalized($0.text) == n }) {
                title.adjust(2) { Words.normalized($0.text) == n }
            } else {
                title.add(role, "text", 6)
            }
        }
        // no h1: which page-title segment is the job and which the employer, by what each reads as
        // ("Acme GmbH - Elektriker (m/w/d)", "Careers | Acme | Data Engineer in Leeds")
        if headings.isEmpty, let raw = meta["og:title"] ?? titleTag {
            let all = titleSegments(raw)
            let segments = all.filter { !isSiteFurniture($0) && !PostingLabels.isGeneric($0) }
            let roles = segments.filter(PostingLabels.readsAsRole)
            if segments.count >= 2, roles.count == 1, let role = roles.first {
                // a board's pattern ("Clerk Jobs in Fort Worth, Texas") keeps its reading of the segment
                let job = cleanTitle(TitlePatterns.read(role)?.title ?? role)
                title.add(job, "title", 5)
                // (a part after the site's own name is its tagline: "Buchhalter/in | cotedo - Die perfekte Lösung")
                let tagline = { (other: String) in
                    all.firstIndex(of: other).map { k in all[..<k].contains { isSiteFurniture($0) } } ?? false
                }
                for other in segments where other != role && !other.contains(",") && !tagline(other) && !Self.readsAsTagline(other) {
                    company.add(other, "title", PostingLabels.readsAsCompany(other) ? 4 : 2)
                }
                title.adjust(-4) { c in c.text != job && segments.contains(c.text) }
            }
        }

        // a title that ends on its employer after a word of "at" ("Servicemonteur (m/w/d) bei KNOLL Maschinenbau GmbH",
        // "Vacature: Kok bij De Walrus"), an employer the site names itself by (its name, its copyright line, or its page
        // title whole: "De Walrus"): the job is what comes before, and the employer is named
        // (not the careers section's own name: "Werken bij Acme", "Karriere bei Acme")
        for c in title.candidates where c.score > 0 {
            guard let (job, employer) = Self.jobAtEmployer(c.text), !PostingLabels.isGeneric(job),
                  namesSite(employer) || titleTag.map(Words.normalized) == Words.normalized(employer),
                  Self.careersOf(c.text) == nil, !Self.namesCareersPage(c.text) else { continue }
            title.adjust(-10) { $0 == c }
            title.add(job, c.place, c.score)
            company.add(employer, "title", 3)
        }
        // agreement: each other place that says the same words
        // (the headings count as one place: a menu of h1s that repeats a word is no agreement)
        let places = [meta["og:title"], titleTag].compactMap { $0.map(Words.normalized) } + [urlWords]
        let headingWords = headings.map(Words.normalized)
        title.adjust(2) { c in
            let n = Words.normalized(c.text)
            return places.filter { Words.contains($0, n) }.count + (headingWords.contains { Words.contains($0, n) } ? 1 : 0) >= 2
        }
        // a headline that ends on its hiring verb names the employer, not the job ("PIX recrute")
        title.adjust(-6) { LabelledLines.hiringHeadline($0.text) != nil }
        for h in headings.prefix(2) {
            if let name = LabelledLines.hiringHeadline(h) { company.add(name, "h1", 4) }
        }
        // the job the posting's own sentences hire for: "We are looking for a Course Instructor to …"
        if let sought = labels.soughtTitle {
            let n = Words.normalized(sought)
            if title.candidates.contains(where: { Words.normalized($0.text) == n }) {
                title.adjust(2) { Words.normalized($0.text) == n }
            } else {
                title.add(sought, "text", emphasized.contains(n) ? 4 : 2)
            }
        }
        // a short line that says the role is sought ("MFA gesucht", "Kok gezocht!"), under a heading of a slogan
        if let wanted = labels.wantedRole {
            let n = Words.normalized(wanted)
            if title.candidates.contains(where: { Words.normalized($0.text) == n }) {
                title.adjust(2) { Words.normalized($0.text) == n }
            } else {
                title.add(wanted, "text", 4)
            }
        }
        // a page title of a name and section headings only ("SAIC: Careers: Career Opportunities")
        title.adjust(-6) { c in
            let parts = c.text.splitBytes(": ").map(\.trimmingSpaces)
            // … or the site's name and its tagline ("JobOnline: Find Graduate Jobs, Schemes and Internships")
            // … or the page's own words and a name ("Joboffer Detail: Leibniz-Institut für Pflanzenbiochemie"; a heading's
            // words after them are its job's, in whatever language: "Ledige stillinger: Psykolog eller Psykoterapeut")
            return parts.count > 1 && (parts.dropFirst().allSatisfy { PostingLabels.isGeneric($0) || isSiteFurniture($0) }
                                       || isSiteFurniture(parts[0])
                                       || PostingLabels.isMadeOfPageWords(parts[0]) && !c.place.hasPrefix("h")
                                       && !parts.dropFirst().contains(where: PostingLabels.readsAsRole))
        }
        // a text that names a role ("Engineer", "Entwickler", "(m/w/d)") reads as a job title, one with
        // a gender mark after its words the more so ("Probenehmer (m/w)", not "(m/v) Dagwerk – voltijds")
        title.adjust(1) { PostingLabels.readsAsRole($0.text) }
        title.adjust(2) { $0.text.utf8.contains(0x28) && !$0.text.startsWithBytes("(") && PostingLabels.hasGenderMark($0.text.lowercased()) }
        title.adjust(-4) { $0.text.startsWithBytes("(") && PostingLabels.hasGenderMark(String($0.text.prefix(12)).lowercased()) }
        // the name of the employer's careers pages ("Werken bij Acme", "Karriere bei Acme") is no title
        title.adjust(-6) { Self.namesCareersPage($0.text) }
        // a sentence is no title: "Meer dan 50 jaar ervaring om te delen."
        title.adjust(-3) { c in
            c.text.hasSuffix(".") && c.text.spaceParts.count >= 4 && !PostingLabels.readsAsRole(c.text)
        }
        // a question is a section's heading, no title ("Welke instructeur zoek ik?", "Who are we looking for?"), however
        // it names a role; a heading that asks one over the job was read above
        title.adjust(-4) { $0.text.hasSuffix("?") && $0.place != "label" }
        // against: section headings, the site's furniture and name
        title.adjust(-10) { PostingLabels.isGeneric($0.text) }
        title.adjust(-6) { isSiteFurniture($0.text) }
        // (the site owner's name its logo gives too: "Emploi | CNC Solutions" under the logo "CNC Solutions Menubar Logo")
        // (… or ending it, after its institution's names, where no role is read: "Inria/Irisa DiverSE Team" for the
        // owner "DiverSE Team")
        // (… or without its legal form: "Karrier | Idea-Sol Factory" of "© Idea-Sol Factory Kft.")
        if let (owner, _) = siteOwner, !PostingLabels.readsAsRole(owner) {
            let n = Words.normalized(owner)
            let words = owner.spaceParts
            let bare = words.count >= 2 && PostingLabels.readsAsCompany(owner) ? Words.normalized(words.dropLast().joined(separator: " ")) : n
            title.adjust(-6) { c in
                let t = Words.normalized(c.text)
                return (t == n || t == bare || t.hasSuffix(" " + n) && !PostingLabels.readsAsRole(c.text)) && !isSiteFurniture(c.text)
            }
        }
        // a page title of one part that reads as no role and that the page's text never writes as a line names the
        // site, where a heading reads as a role ("MB Bilverkstad" over the heading "Bilmekaniker/Skadetekniker")
        if let raw = titleTag, titleSegments(raw).count == 1, !PostingLabels.readsAsRole(raw),
           title.candidates.contains(where: { $0.score > 0 && ["h1", "h2"].contains($0.place) && PostingLabels.readsAsRole($0.text) }),
           case let n = Words.normalized(raw), !labels.lines.prefix(300).contains(where: { Words.normalized($0) == n }) {
            title.adjust(-2) { ["title", "og:title"].contains($0.place) && Words.normalized($0.text) == n }
        }
        title.adjust(-3) { $0.text.utf8.count > 120 }
        // a slogan ("Ayúdanos a construir la mejor plataforma de …") or a kind of contract ("Full time") is no title
        title.adjust(-3) { c in
            Self.readsAsTagline(c.text) && !PostingLabels.readsAsRole(c.text)
                && c.text.spaceParts.filter({ $0.contains(where: \.isLetter) }).count >= 9
        }
        title.adjust(-10) { EmploymentType.names($0.text) }
        // the site's words in the first person plural are its slogan: "We create useful software that gets results",
        // "Wir bauen Brücken", "Nous créons des sites"
        title.adjust(-4) { c in
            let words = c.text.spaceParts
            return words.count >= 3 && Self.weWords.contains(String(words[0])) && words[1].first?.isLowercase == true
                && !PostingLabels.readsAsRole(c.text)
        }
        // … and words to the reader are a section's heading: "Du kan/gör/är", "You will", "Vous êtes", "Jij bent"
        title.adjust(-4) { c in
            let words = c.text.spaceParts
            return words.count >= 2 && Self.youWords.contains(String(words[0])) && words[1].first?.isLowercase == true
                && !PostingLabels.readsAsRole(c.text)
        }
        // a place is no title ("Uppsala, Sweden" in a page of many h1s)
        title.adjust(-6) { c in
            c.text.utf8.count <= 60 && !PostingLabels.readsAsRole(c.text) && (Cities.contains(c.text) || LabelledLines.place(c.text) != nil)
        }
        // an identifier ("save-icon", "job_title") is no title
        title.adjust(-10) { c in !c.text.contains(" ") && c.text.contains(where: { $0 == "-" || $0 == "_" })
                                 && c.text == c.text.lowercased() }

        // a quotation is no title: "„Design is everything. Everything!“"
        title.adjust(-6) { c in
            c.text.first.map(Self.quotationMarks.contains) == true && c.text.last.map(Self.quotationMarks.contains) == true
                && !PostingLabels.readsAsRole(c.text)
        }
        // a title candidate that is the labelled employer is the employer
        let named = Set(company.candidates.filter { $0.score >= 5 }.map { Words.normalized($0.text) })
        title.adjust(-6) { named.contains(Words.normalized($0.text)) }
        // … as is the name the posting's sentences give the employer, or say is a company, where the page heads a
        // section with it ("Arpentor Studio" over "Arpentor Studio cherche un⋅e designer UX / UI …", or over
        // "Arpentor Studio est une entreprise coopérative …"): a role seeks no one and is no company
        // (a sentence is read only where it opens with a candidate's words: most open with none)
        let mentions = labels.employerMentions
        let said = title.candidates.filter { $0.score > 0 }.map(\.text).first { t in
            let head = t + " "
            return labels.lines.prefix(100).contains { $0.startsWithBytes(head) && LabelledLines.aboutSubject($0) == t }
        }
        for name in [mentions?.0, said].compactMap({ $0 }) {
            let n = Words.normalized(name)
            if title.candidates.contains(where: { $0.score > 0 && Words.normalized($0.text) != n }) {
                title.adjust(-8) { Words.normalized($0.text) == n }
            }
        }
        // a name the domain of the page's mail address spells ("Dutch Techniek" of jc@dutchtechniek.com) is the site's
        // or its owner's, not the job, where another candidate is left
        if title.candidates.contains(where: { $0.score > 0 }), !mailed.isEmpty {
            let spelled = { (c: Candidate) in mailed.contains(Self.compact(c.text)) }
            if title.candidates.contains(where: { $0.score > 0 && !spelled($0) }) { title.adjust(-8, where: spelled) }
        }
        // a page of no page title and no heading element that could be the job (a script's styled <div>s, a
        // slogan for a heading), or whose only one is the site's own name or its mail domain's ("Axcer" of
        // careers@axcer.io): its first line that reads as a role, near the top
        let onlySiteNamed = title.best.map { top in
            !PostingLabels.readsAsRole(top.text) && (namesSite(top.text) || mailed.contains(Self.compact(top.text)))
        } ?? true
        if onlySiteNamed, let line = labels.lines.prefix(30).first(where: { line in
            line.utf8.count <= 80 && line.spaceParts.count <= 8 && !line.contains(":") && !line.hasSuffix(".")
                && !PostingLabels.isGeneric(line)
                && !isSiteFurniture(line) && PostingLabels.readsAsRole(line)
        }) {
            title.add(cleanTitle(line), "text", 1)
        }
        // … or further down, the first heading below the page's headline that reads as a role (a careers page of one
        // opening under a slogan: "Bouw de tool die de bouw nog niet had." … "Founding Engineer (full-stack / AI-product)")
        if title.best == nil, let h = subheadings.first(where: { h in
            h.utf8.count <= 80 && !h.hasSuffix(".") && !h.hasSuffix("?") && !PostingLabels.isGeneric(h) && !isSiteFurniture(h)
                && PostingLabels.readsAsRole(h)
        }) {
            title.add(cleanTitle(h), "h2", 1)
        }
        // … or, failing that, the role a sentence of the posting opens with ("Als Pflegekraft im Pflegeteam
        // Braunschweig sind Sie …", "As a DevOps engineer at Acme, you …")
        let openingRole = { labels.lines.prefix(200).lazy.compactMap(LabelledLines.roleOpening).first }
        if title.best == nil, let role = openingRole() {
            title.add(role, "text", 1)
        }
        // … and where what leads names no role (a small employer's page whose headings are the site's name: h1
        // "Rocket rijschool"), the role its sentences hire for ("Wij zoeken een gemotiveerde instructeur(trice) die …")
        // or open with ("Als Dakkapel Monteur bij Ruiter:")
        // (… or where nothing leads at all: h1 "Werken bij De Haven" and "Wij zijn op zoek naar een … kok (m/v)")
        // (… or where what leads is the part of a page title whose other parts are a section's heading: the site's name,
        // "Zahnarztpraxis Wedding | Kontakt")
        let top = title.best
        let segments = titleTag.map(titleSegments) ?? []
        let beforeSection = { (t: String) in
            segments.count >= 2 && segments.contains(t) && segments.allSatisfy { $0 == t || PostingLabels.isGeneric($0) }
        }
        if top.map({ !PostingLabels.readsAsRole($0.text) && ($0.score <= 2 || namesSite($0.text) || beforeSection($0.text)) }) ?? true,
           let role = labels.soughtRole ?? openingRole(),
           !title.candidates.contains(where: { Words.normalized($0.text) == Words.normalized(role) }),
           // (not where what leads writes the same role otherwise: "Lassers / Aflasser" over "Als samensteller/lasser …")
           !(top.map { Self.sharesWord($0.text, role) } ?? false) {
            title.add(role, "text", (top?.score ?? 0) + 1)
        }
        // a heading that exclaims and names no role is a slogan: "Deine Zukunft beginnt hier!", "Komm ins Team!"
        title.adjust(-3) { c in
            ["h1", "h2", "header"].contains(c.place) && c.text.hasSuffix("!") && !PostingLabels.readsAsRole(c.text)
                && !PostingLabels.hasGenderMark(c.text.lowercased())
        }

        // of candidates that tie, one that reads as a role beats one that names no role ("Collaborateur(trice) — Étude
        // notariale (H/F/X)" over og:title "Étude Notariale Stephan Borremans")
        if let top = title.best, !PostingLabels.readsAsRole(top.text),
           let role = title.candidates.first(where: { $0.score == top.score && PostingLabels.readsAsRole($0.text) }) {
            title.adjust(1) { $0 == role }
        }
        // what the page title says beside the job title: a place, or the employer
        let chosenTitle = title.best?.text
        // (og:title first, unless only the title tag says more than the title: og:title "Careers",
        // <title> "Careers - Facile.it Engineering")
        // (a page title that names the job first: og:title "Acme - Imagine AI" is the site's, the
        // title tag "Data Scientist :: Acme" the page's)
        let titles = [meta["og:title"], titleTag].compactMap { $0 }
        let naming = chosenTitle.map(Words.normalized).map { t in titles.filter { Words.contains(Words.normalized($0), t) } } ?? []
        if let t = chosenTitle, let pageTitle = naming.first(where: { titleSegments($0).count > 1 })
            ?? titles.first(where: { titleSegments($0).count > 1 }) ?? titles.first {
            let lower = Words.normalized(t)
            let segments = titleSegments(pageTitle)
            // (the title's words, or its plural's: "JunctionTech | PHP Developers" over "Senior PHP Developer")
            let rest = segments.filter {
                let n = Words.normalized($0), singular = n.hasSuffix("s") ? String(n.dropLast()) : n
                return !Words.contains(n, lower) && !Words.contains(lower, n) && !Words.contains(lower, singular)
                    && !PostingLabels.isGeneric($0)
            }
            // (the site's name may close it: "Engineer - Acme | Board")
            // ("Senior Mobile Engineer, iOS" is a title with a comma, no place)
            // a part with commas is a list, no employer's name: a place where it reads as one, else the job's
            // tools or fields ("Kommo, n8n, APIs в Acme LLC", "MDR, DFIR, Red Team")
            // (but not a name whose comma comes before its legal form: "FEDORS Group, s. r. o.", "Acme, Inc.")
            let isList = { (s: String) in
                s.contains(",") && !s.contains(":") && !PostingLabels.readsAsRole(s) && !Self.commaBeforeLegalForm(s)
            }
            // (a country or a region alone is a place too: "Analyst en Pan American Energy — Argentina | Board",
            // "Devenir agent chez Acme | Vaud")
            let isPlace = { (s: String) in
                Cities.contains(s) || Location.isCountry(s) || Regions.contains(s) || isList(s) && LabelledLines.place(s) != nil
            }
            // (a part after the site's own name is its tagline: "Jobs | Acme Labor GmbH - Mikrobiologisches Labor in Reken")
            // (a board's own name, where the address is not known: "Engineer | Michael Page | LinkedIn")
            let isSite = { (s: String) in isSiteFurniture(s) || SiteOwner.namesBoard(s) }
            // (a site's name that opens the page title is its prefix, no closer: "Board.com - Engineer - Acme - Austin, TX")
            let opens = segments.first.map(isSite) == true && rest.first == segments.first
            let site = rest.dropFirst(opens ? 1 : 0).firstIndex(where: isSite) ?? rest.endIndex
            let closing = rest[..<site].lastIndex {
                !isPlace($0) && !isList($0) && !isSite($0) && !EmploymentType.names($0) && Self.contractAndPlace($0) == nil
            }
            // "Java Developer, Houston, TX": the job, then its place
            for segment in segments { if let (_, place) = Self.roleAndPlace(segment) { location.add(place, "title", 3) } }
            // "Software Engineer (Boston, MA)": the job and its place in brackets; "Software Engineer, Acme Corp, Boston,
            // MA": the job, its employer and its place between commas
            for segment in segments where segment.startsWithBytes(t) && segment.utf8.count > t.utf8.count + 3 {
                let after = segment.dropFirst(t.count)
                if after.startsWithBytes(" ("), after.hasSuffix(")"), let shown = LabelledLines.place(String(after.dropFirst(2).dropLast())) {
                    location.add(shown, "title", 3)
                } else if let place = Self.placeAfterIn(after) {
                    // "Pflegefachkraft (m/w/d) in Kleinhausen": the job the page heads, then "in" and a name, a town the
                    // lists may lack
                    location.add(place, "title", 2)
                } else if let name = Self.employerAfterJob(after),
                          Words.contains(Words.normalized(labels.lines.prefix(300).joined(separator: " ")), Words.normalized(name)) {
                    // "Analista Ambiente en YPF", "Data Engineer at Acme": the job the page heads, then a word of "at"
                    // and a name the page's text writes too
                    company.add(name, "title", 3)
                } else if after.startsWithBytes(", ") {
                    let parts = after.dropFirst(2).split(separator: ",").map { String($0).trimmingSpaces }
                    // (a name with its legal form, or one the page shows on a line of its own: "Embedded" may qualify the job)
                    let name = parts.first ?? ""
                    if parts.count >= 2, let place = LabelledLines.place(parts[1...].joined(separator: ", ")), Self.looksLikeName(name),
                       !PostingLabels.readsAsRole(name), !LabelledLines.isPlaceName(name),
                       PostingLabels.readsAsCompany(name) || labels.lines.contains(where: { Words.normalized($0) == Words.normalized(name) }) {
                        company.add(name, "title", 3)
                        // (over the place read as all after the job's comma, "Acme Corp, Boston, MA")
                        location.add(place, "title", 4)
                    }
                }
            }
            // "Acme Analytics Backend Engineer": a name, then the job, in one part (before a board's "Job in Berlin":
            // "Acme Analytics Backend Engineer Job in Berlin")
            let cores = segments.map { segment in
                [" Job in ", " Jobs in ", " job in ", " jobs in "].lazy.compactMap { segment.byteRange(of: $0) }.first
                    .map { String(segment[..<$0.lowerBound]) } ?? segment
            }
            for segment in cores where segment.utf8.count > t.utf8.count + 2 && segment.hasSuffix(" " + t) {
                // (a colon or a dash between them is another pattern's: "Berlin: Backend Engineer")
                // (nor is the whole part the name its copyright line gives, a trade's firm named for it: "S.B. Plattenleger"
                // of "© S.B. Plattenleger GmbH")
                if let owner = copyrightOwner, Words.normalized(owner).startsWithBytes(Words.normalized(segment)) { continue }
                let name = String(segment.dropLast(t.count + 1)).trimmingSpaces
                guard let last = name.last, last.isLetter || last.isNumber || last == "." else { continue }
                let words = name.spaceParts
                if words.count <= 4, LabelledLines.leadingName(words).count == words.count, namesEmployerBesideJob(name) {
                    company.add(name, "title", 3)
                }
            }
            // "Acme : Backend Engineer", "Backend Engineer: Acme", "Backend Engineer / Acme": the job and, beside it in
            // one part, its employer (not the board's word for a posting, a heading, a place or a kind of contract)
            for segment in segments {
                for sep in [" : ", ": ", " / "] where segment.containsBytes(sep) {
                    let parts = segment.splitBytes(sep).map(\.trimmingSpaces)
                    // (the job's part as a title is written, not a sentence's rest: "Headline: how the minister …")
                    guard parts.count == 2, let k = parts.firstIndex(where: { Words.normalized($0) == lower }),
                          parts[k].first?.isLowercase != true else { continue }
                    let other = parts[1 - k]
                    if namesEmployerBesideJob(other), WorkArrangement.stated(other) == nil { company.add(other, "title", 3) }
                    break
                }
            }
            for (i, segment) in rest.enumerated() {
                // a board's word for a posting opens a job's heading, no employer's name ("Vacature Mondhygiënist")
                if Self.afterPostingWord(segment) != nil { continue }
                // "Werken bij VLIJT Tandartsen, Eindhoven": a name, then its town
                if !segment.contains(":"), let (name, town) = Location.nameAndTown(segment),
                   !Cities.contains(name), LabelledLines.place(name) == nil, !PostingLabels.readsAsRole(name) {
                    location.add(town, "title", 3)
                    if !isBoard, let own = Self.careersOf(name) { company.add(own, "site_name", 3) }
                    continue
                }
                if isPlace(segment) { location.add(segment, "title", 3); continue }
                if isList(segment) { continue }
                // "CDI à Paris", "Full-time in Berlin": a kind of contract and its place
                if let place = Self.contractAndPlace(segment) { location.add(place, "title", 3); continue }
                // an employer's own careers pages name themselves "Acme Jobs", "Karriere bei Acme"
                if !isBoard, let own = Self.careersOf(segment) { company.add(own, "site_name", 3); continue }
                if isSite(segment) {
                    if !Self.readsAsTagline(segment) { company.add(Self.withoutWebsiteWords(segment), "site_name", 1) }
                    continue
                }
                if i > site { continue }
                // the employer closes a page title ("Engineer – Acme"); a segment before it is rarely one,
                // a page title of one part that is not the job says little, and a tagline
                // ("Online survey data analysis") names no one
                // (a dot says a sentence or a domain, but for a legal form's: "Acme Inc.", "Rossi Software S.r.l.")
                // (nor does another job's name: "Acme — Founding Engineer · Full Stack Developer", a page title
                // "Data Scientist" over a heading "Databricks Engineer"; but for a legal form's, "Acme Lead Ltd")
                // (a legal form after a comma keeps the name one: "FEDORS Group, s. r. o.")
                let formal = Self.commaBeforeLegalForm(segment)
                guard !segment.contains(".") || PostingLabels.readsAsCompany(segment) || formal,
                      !Self.readsAsTagline(segment) || formal,
                      Self.looksLikeName(segment),
                      !PostingLabels.readsAsRole(segment) || PostingLabels.readsAsCompany(segment) else { continue }
                // "SAIC: Careers: Career Opportunities": a name before section headings
                let parts = segment.splitBytes(": ").map(\.trimmingSpaces)
                if parts.count > 1, parts.dropFirst().allSatisfy({ PostingLabels.isGeneric($0) || isSiteFurniture($0) }) {
                    company.add(parts[0], "title", 3)
                    continue
                }
                company.add(segment, "title", segments.count == 1 ? 1 : i == closing ? 3 : 1)
            }
        }
        // links to the employer's page on the site; a list of many employers says nothing
        let linked = companyLinks.reduce(into: [String]()) { names, l in
            let n = Words.normalized(l.text)
            if !names.contains(n) { names.append(n) }
        }
        if linked.count <= 3, let first = companyLinks.first(where: { linked.count == 1 || $0.spelled }) {
            company.add(first.text, "link", first.spelled ? 5 : 4)
        }
        // the line under the title in the posting's header ("Engineer" / "Acme Inc." / "Berlin")
        // (the title's line found once, for the header's lines around it)
        let titleLine = chosenTitle.flatMap { labels.lineIndex(of: $0) }
        // (the title's first line may be a breadcrumb's last item: the heading's line follows close by)
        // (a title that is a label's value stands in a grid of labels: the line under it is the next label, "Intitulé du
        // poste" / "agent de service" / "Code ROME", no employer)
        if let t = chosenTitle, title.best?.place != "label", let first = titleLine,
           let name = labels.lineIndices(of: t, in: first..<(first + 7)).lazy.compactMap({ labels.line(under: t, at: $0) }).first {
            // (a section heading under it speaks of the employer, "About QuestDB", or of no one, "Why This Role Matters")
            if !LabelledLines.mentionHeads.contains(where: { name.startsWithBytes($0) }) {
                company.add(name, "header", 3)
            } else if let spoken = LabelledLines.spokenOf(name), Self.looksLikeName(spoken) {
                company.add(spoken, "header", 3)
            }
        }
        // … or with its town ("Acme Analytics in Leipzig", "bei Acme in Leipzig", "chez Dupont à Lyon")
        if let i = titleLine, let (name, town) = labels.lines[(i + 1)..<min(labels.lines.count, i + 3)].lazy
            .compactMap(Self.employerInTown).first {
            company.add(name, "header", 3)
            addPlace(town, "header", 2)
        }
        // … or over it ("Novo Nordisk A/S" / "2880 Bagsværd" / "Pilot Scientist for Purification")
        if let i = titleLine, let name = labels.line(over: i) { company.add(name, "header", 2) }
        // … or after a dash in the heading itself ("Business Developer (Parttime) – The Venturi Tribe")
        if let t = chosenTitle, let (_, name) = Self.roleAndEmployer(t), !isSiteFurniture(name) { company.add(name, "heading", 3) }
        // … or a hiring headline right over it ("Aidants Connect recrute :" / "Un ou une développeur.se")
        if let i = titleLine, i > 0, let name = LabelledLines.hiringHeadline(labels.lines[i - 1]) { company.add(name, "header", 4) }
        // … or under it ("Backend Engineer" / "Brightwave is hiring")
        if let i = titleLine, i + 1 < labels.lines.count, let name = LabelledLines.hiringHeadline(labels.lines[i + 1]) {
            company.add(name, "header", 4)
        }
        // a recruiter's posting for a client it does not name: the employer is confidential, and the site's own
        // name the recruiter's ("Our client, a fintech in Berlin, is looking for …")
        let client = UnnamedClient.client(in: labels.lines)
        let forUnnamedClient = client == .unnamed
        if forUnnamedClient { company.add("Confidential", "text", 4) }
        // (the client a recruiter's sentence names is the employer, and the recruiter's own name is not)
        if case let .named(name)? = client { company.add(name, "text", 6) }
        // the employer's website a board labels ("Website" / "https://replicated.com"): the name its host spells, as
        // the page writes it ("Replicated Support Engineer"); not the board's own
        if let site = Self.labelledWebsite(labels.lines), let label = Self.hostParts(of: site).label?.replacingAll("-", with: ""),
           label != hostLabel,
           let name = Self.writtenOut(label, in: headings + [titleTag].compactMap { $0 } + labels.lines.prefix(200)) {
            company.add(name, "label", 5)
        }
        // the posting's own words about its employer: "About Acme", "Jobs at Acme", "At Acme, we …"
        if let (name, count) = mentions {
            company.add(name, "text", 2 + min(count, 4))
        } else if let name = lowerCaseHiringSubject(labels.lines) {
            // (the furniture that spells it costs it 2 below)
            company.add(name, "text", 5)
        }
        // the institution the posting places the work at ("in the Brain Lab at Nanyang Technological University")
        // (a group that says it is a part of one names its employer: "… is part of … the Radboud University Medical Center")
        if let (name, count, greater) = (description ?? labels.lines.prefix(200).joined(separator: "\n")).flatMap(InstitutionMentions.mentioned(in:)) {
            company.add(name, "text", 3 + min(count, 3) + (greater ? 4 : 0))
            // (a lab's or a group's own name, the site's, is its unit's, not the employer's: "Sensorimotor
            // Interaction Group" at Saarland University)
            // (nor is a unit's name the page writes after its kind: "Division of Student Life", "Department of Chemistry")
            let unitLines = labels.lines.prefix(200).filter { line in Self.unitOpenings.contains { line.containsBytes($0) } }
            company.adjust(-2) { c in
                c.text != name && (Self.namesResearchUnit(c.text) || c.text.lowercased().hasSuffix(" group")
                    || unitLines.contains { line in Self.unitOpenings.contains { line.containsBytes($0 + c.text) } })
            }
        }
        // the page's author, where it is a company's name (its legal form says so, or the host spells it:
        // "Lindqvist Robotics" on lindqvist-robotics.example), not a person's
        if !isBoard, let author = meta["author"], author.utf8.count <= 60, author.spaceParts.count <= 5, Self.looksLikeName(author) {
            let spelled = hostLabel.map { h in Words.normalized(author).filter { $0 != " " } == h.filter { $0.isLetter || $0.isNumber } } ?? false
            // (one the host does not spell may be the web agency that made the site: "Staude GmbH" over
            // og:site_name "Bio 7.0 Apotheke, Berlin")
            if spelled || PostingLabels.readsAsCompany(author) { company.add(author, "meta", spelled ? 3 : 1) }
        }
        for key in ["og:site_name", "application-name", "apple-mobile-web-app-title"] {
            guard var site = meta[key], site != chosenTitle else { continue }
            // a site's name and a word that calls it a website after a dash ("4SH - Website", "Acme - Homepage")
            if let dash = site.lastByteRange(of: " - "), Self.websiteWords.contains(Words.normalized(String(site[dash.upperBound...]))) {
                site = String(site[..<dash.lowerBound]).trimmingSpaces
            }
            // a site's name and its tagline ("Vamp | Automation and Controls for Enterprise Devops"): the name
            // ("Jobs und Karriere – Stadt Leipzig": the name after the words of a careers page)
            if let bar = [" | ", " – ", " — "].lazy.compactMap({ site.byteRange(of: $0) }).first {
                let name = String(site[..<bar.lowerBound]).trimmingSpaces
                let after = String(site[bar.upperBound...]).trimmingSpaces
                if PostingLabels.isMadeOfPageWords(name) || PostingLabels.isGeneric(name) {
                    if Self.looksLikeName(after) { site = after }
                } else if Self.looksLikeName(name) {
                    site = name
                }
            }
            // (or a comma, and a phrase in lower case: "Fight for the Future, defending our basic rights and freedoms")
            if let comma = site.byteRange(of: ", "), case let after = site[comma.upperBound...],
               after.first?.isLowercase == true, after.spaceParts.count >= 3,
               case let name = String(site[..<comma.lowerBound]).trimmingSpaces, Self.looksLikeName(name) {
                site = name
            }
            // a site's name that holds the job's title names the site by the rest: "Augur Product Designer"
            if let t = chosenTitle, let rest = Self.withoutTitle(site, t) { site = rest }
            // a tagline in the site's name's place names no one ("Hire Vietnamese Software Engineers and Developers for
            // Singapore Companies")
            if Self.readsAsTagline(site) { continue }
            // (nor is its town after a comma a part of the name: "Bio 7.0 Apotheke, Berlin")
            if let (name, _) = Location.nameAndTown(site), Self.looksLikeName(name), !Cities.contains(name) { site = name }
            // the employer's own careers site names itself "Acme Careers", "Careers at Acme"
            let clean = Self.careersOf(site) ?? Self.cleanCompany(site)
            company.add(clean, "site_name", clean != site ? 3 : 2)
        }
        // a site name the page title also ends with: two places agree (but not after a part that names the employer
        // by a pattern: that site is the board)
        if let pageTitle = meta["og:title"] ?? titleTag, let last = titleSegments(pageTitle).last {
            let end = Words.normalized(last)
            company.adjust(titledBoards.contains(end) ? -2 : 2) { $0.place == "site_name" && Words.normalized($0.text) == end }
        }
        // the employer's account on an applicant-tracking system the URL is on
        // (jobs.lever.co/acme-corp, acme.wd5.myworkdayjobs.com): a name that spells it is the employer
        let account = doc.url.flatMap({ WebURL($0) }).flatMap(Board.account(of:))
        if let account {
            // "comparis-ch" spells "Comparis", "acme" spells "Acme Inc."
            let spelled = Self.compact(account)
            let spells = { (c: Candidate) in Self.spellsAlike(spelled, c.text, atLeast: 3) }
            company.adjust(3, where: spells)
            if !company.candidates.contains(where: spells), spelled.count >= 4 {
                company.add(Self.accountName(account), "url", 4)
            }
        }
        // the employer's logo beside the posting on a board ("Acme logo"), not the site's own;
        // the logos of many employers are a list of other postings
        let foreign = logos.filter { !isSiteFurniture($0) }
        if Set(foreign.map(Words.normalized)).count <= 2, let first = foreign.first { company.add(first, "logo", 3) }
        // on a board or a platform the site's name is never the employer; on the employer's own
        // careers pages the site's owner is: its copyright line, its logo, its name
        if isBoard {
            // (but for the employer's account on the platform, which its site name may spell: "Acme" on acme.recruitee.com)
            let spelled = account.map(Self.compact)
            company.adjust(-10) { c in c.place == "site_name" && !(spelled.map { Self.spellsAlike($0, c.text, atLeast: 3) } ?? false) }
        } else if let (owner, agreeing) = siteOwner {
            // the site's name as it shows it ("Forge Srl") stands for the owner ("Forge s.r.l.")
            let spelled = Self.compact(owner)
            let spells = { (c: Candidate) in c.place == "site_name" && Self.spellsAlike(spelled, c.text) }
            if company.candidates.contains(where: spells) {
                company.adjust(min(agreeing, 2), where: spells)
            } else {
                company.add(owner, "owner", 1 + agreeing)
            }
        }
        // a site name the page also shows as its furniture is the board's, unless nothing else names an employer
        // (the employer's account in the URL is the subdomain's name by its nature: acme.wd3.myworkdayjobs.com)
        company.adjust(-2) { !["label", "byline", "site_name", "owner", "url"].contains($0.place) && isSiteFurniture($0.text) }
        company.adjust(-10) { PostingLabels.isGeneric($0.text) || PostingLabels.isControlText($0.text) }
        if let t = chosenTitle { company.adjust(-10) { Words.normalized($0.text) == Words.normalized(t) } }
        // a domain the page title names the site by ("PHP Developer | Laravel · artkonekt.com · Ecommerce …"), on an
        // employer's own site: a name that spells it counts more, or failing one, its name as the page's text writes
        // it ("Artkonekt is currently a team of 6") is a candidate
        // (the parts after it are the site's tagline: "Ecommerce Development")
        let titled = [titleTag, meta["og:title"]].compactMap({ $0 }).lazy.map(titleSegments)
            .compactMap { s in s.firstIndex { Self.domainLabel($0) != nil }.map { (segments: s, at: $0) } }.first
        if !isBoard, let (segments, at) = titled, let label = Self.domainLabel(segments[at]) {
            let tagline = Set(segments[(at + 1)...])
            company.adjust(-2) { $0.place == "title" && tagline.contains($0.text) }
            let spellings = [label, Self.compact(segments[at])]
            let spells = { (c: Candidate) in c.score > 0 && spellings.contains(Self.compact(Self.cleanCompany(c.text))) }
            if company.candidates.contains(where: spells) {
                company.adjust(2, where: spells)
            } else if let name = Self.writtenOut(label, in: (description.map { [$0] } ?? []) + labels.lines.prefix(60)) {
                company.add(name, "title", 3)
            }
        }
        // agreement: a name two kinds of evidence give counts more ("Acme" in the header and in "About Acme")
        var givenBy: [String: Set<String>] = [:]
        // (a name and the name with its short form read alike: "Bibby Financial Services (BFS)")
        let key = { (c: Candidate) in Self.compact(Self.cleanCompany(c.text)) }
        for c in company.candidates where c.score > 0 { givenBy[key(c), default: []].insert(c.place) }
        company.adjust(2) { givenBy[key($0)]?.count ?? 0 >= 2 }
        // … and so does one the domain of the posting's mail address spells ("Dressland" of info@dressland.ch)
        if !mailed.isEmpty { company.adjust(2) { c in c.score > 0 && mailed.contains(Self.compact(Self.cleanCompany(c.text))) } }
        // a page that names another employer in two places of its own (the page title's part between
        // the job and the site, the line under the heading) is a board's: the site's name is not it
        let siteGiven: Set<String> = ["site_name", "owner", "host"]
        let ownPlaces = { (c: Candidate) in
            c.score > 0 && !siteGiven.contains(c.place) && !isSiteFurniture(c.text)
                && (givenBy[key(c)] ?? []).subtracting(siteGiven).count >= 2
        }
        if !isBoard, company.candidates.contains(where: ownPlaces) {
            company.adjust(-3) { siteGiven.contains($0.place) }
        }

        // a place line in the posting's header: "Berlin, Germany", "Austin, TX"
        if let line = labels.placeLine {
            // "Shift / West Des Moines, IA", "Acme Systems, Inc. - Houston, TX": the employer, then its place
            if let r = [" / ", " · ", " | ", " - ", " – "].lazy.compactMap({ line.byteRange(of: $0) }).first,
               let place = LabelledLines.place(String(line[r.upperBound...])) {
                let name = String(line[..<r.lowerBound]).trimmingSpaces
                if LabelledLines.place(name) == nil, WorkArrangement.stated(name) == nil, !EmploymentType.names(name),
                   !isSiteFurniture(name), Self.looksLikeName(name) {
                    company.add(name, "header", 3)
                }
                addPlace(place, "header", 2)
            } else {
                addPlace(line, "header", 2)
            }
        }
        // a town and its surroundings among the header's facts ("Kühbach & Umgebung")
        if let place = labels.surroundedPlace { addPlace(place, "header", 2) }
        // a known town next to the title ("Barmedewerker" / "Arnhem")
        if let i = titleLine, let near = labels.place(near: i) { addPlace(near, "header", 2) }
        // a known town that ends the URL's last part after the job's words ("/jobs/data-engineer-berlin")
        if let t = chosenTitle, let town = urlTown(after: t, lines: labels.lines) { location.add(town, "url", 1) }
        // a known town that ends the title ("Front-end developer 32 - 40 uur Utrecht")
        if let t = chosenTitle {
            let words = t.spaceParts
            for n in [2, 1] where words.count > n + 1 {
                let tail = words.suffix(n).joined(separator: " ")
                // (written as a name: "APAC" is a region's acronym, not the town of Apac)
                // (and capitalised: "Cameriere di sala" ends on no Swedish town)
                if tail.first?.isUppercase == true, tail.contains(where: \.isLowercase), Cities.contains(tail) {
                    location.add(tail, "title", 2)
                    break
                }
            }
            // … or stands in brackets at its end ("Senior Mobile Engineer, iOS (Durham, NC)", "Software Engineer
            // (Maryland)"): the job's own words, over a place near a heading
            if t.hasSuffix(")"), let open = t.lastIndex(of: "("),
               let shown = LabelledLines.place(String(t[t.index(after: open)..<t.index(before: t.endIndex)])) {
                location.add(shown, "title", 3)
            }
            // … or follows "in" in it ("MedienpädagogIn in München gesucht", "Chef de projet à Lyon")
            if let (place, weight) = Self.placeAfterPreposition(words) { location.add(place, "title", weight) }
            // … or bases the job ("Experienced US-Based Project Manager", "Berlin-based Backend Engineer")
            if let place = Self.basedPlace(words) { location.add(place, "title", 2) }
            // … or in the page title that holds it, past the job's words ("Stellenangebot Backend Engineer in
            // Dresden bei Acme GmbH", "Offre d'emploi Développeur à Nantes - Acme")
            let job = Words.normalized(t)
            for raw in [meta["og:title"], titleTag].compactMap({ $0 }) {
                guard let segment = titleSegments(raw).first(where: { $0 != t && Words.contains(Words.normalized($0), job) }),
                      let (place, weight) = Self.placeAfterPreposition(segment.spaceParts) else { continue }
                location.add(place, "title", weight)
                break
            }
        }
        // … or follows the role after a dash in a heading, the title's own or one that begins with it: a place, a
        // state's or a country's name or code ("Software Engineer - NY", under the <title> "Software Engineer | Acme"),
        // or in the title itself, as cleaned from its heading ("Vaga: Vendedor(a) - Curitiba/PR")
        if let t = chosenTitle {
            let job = Words.normalized(t)
            for (text, place) in [(t, "title")] + headings.map({ ($0, "h1") }) + subheadings.map({ ($0, "h2") }) {
                guard let r = [" - ", " – ", " — ", " | "].lazy.compactMap({ text.lastByteRange(of: $0) }).first else { continue }
                let role = String(text[..<r.lowerBound]).trimmingSpaces, rest = String(text[r.upperBound...]).trimmingSpaces
                guard Words.normalized(role) == job || text == t && PostingLabels.readsAsRole(role) else { continue }
                if rest.utf8.count <= 40, WorkArrangement.stated(rest) == nil,
                   LabelledLines.isPlaceName(rest) || Location.basesJob(rest, codes: Location.usStateCodes) {
                    location.add(rest, place, 2)
                    break
                }
            }
        }
        // … or stands among the facts after a dash in the heading the title was cleaned from
        // ("Data Engineer (m/w/d) – Vollzeit – Berlin")
        if let h = headings.first, let (_, facts) = Self.dashFacts(h), let place = facts.lazy.compactMap(Self.factPlace).first {
            location.add(LabelledLines.place(place) ?? place, "h1", 2)
        }
        // the most precise place in the trail of links that ends on the page ("Jobs › Texas › Austin › Engineer")
        if let place = trailPlaces.last { addPlace(place, "breadcrumb", 2) }
        // a short line of the arrangement and its place ("Remote, United States", "Tallinn, Estonia (On-site)")
        // (a title under a long menu has its header lines past the page's first lines: read those under it)
        let arrangementLine = labels.workplaceLine ?? titleLine.flatMap { i in
            i >= 40 ? LabelledLines.statement(in: Array(labels.lines[i..<min(labels.lines.count, i + 20)])) : nil
        }
        // (not the title's own words before its arrangement in brackets: "Kravanalytiker (distans)")
        if let place = arrangementLine?.place,
           chosenTitle.map({ !(Words.normalized($0) + " ").startsWithBytes(Words.normalized(place) + " ") }) ?? true {
            location.add(place, "header", 2)
        }
        // the known town the sentence that seeks the role puts the work in ("Nous recherchons un Chargé de mission en
        // CDI à Nantes !"), over a lone address among the page's first lines; a place that names it already agrees
        // ("Chile, Santiago de Chile" over "… en Santiago")
        if let town = labels.soughtPlace {
            let n = " " + Words.normalized(town) + " "
            let naming = { (c: Candidate) in (" " + Words.normalized(c.text) + " ").containsBytes(n) }
            if location.candidates.contains(where: naming) { location.adjust(1, where: naming) } else { addPlace(town, "text", 3) }
        }
        // the town the lines under the title put the work in, a sentence broken over them ("Fachärztin für
        // Allgemeinmedizin" / "in unserer Einrichtung in" / "Bad Wurzach"); over a labelled line that lists the
        // employer's sites ("Standorte" / "In Loßburg (…), in Bad Wurzach (…) und in Scheidegg (…)."), where it is
        // one of them
        if let i = titleLine, let town = labels.placeOnLineAfterPreposition(under: i) {
            addPlace(town, "header", 3)
            if let (_, at) = placeLabelled, case let n = Words.normalized(town),
               Words.contains(Words.normalized(labels.lines[at]), n) {
                location.adjust(-5) { $0.place == "label" && !Words.contains(Words.normalized($0.text), n) }
            }
        }
        // a sentence is no place ("This job is open to applicants in all timezones."):
        // the fallbacks below are read where it was the only evidence
        // (an address's parts between commas are short, however many its words: "22/42 Vũ Ngọc Phan, Láng Hạ, Đống Đa,
        // Hà Nội")
        location.adjust(-8) { c in
            let parts = c.text.split(separator: ",")
            let address = parts.count >= 3 && !c.text.hasSuffix(".") && parts.allSatisfy { $0.spaceParts.count <= 4 }
            return c.text.spaceParts.count > 8 && !address || (c.text.hasSuffix(".") && c.text.spaceParts.count > 3)
        }
        // a known town the posting's sentences put the work in ("in our office in Utrecht"), the
        // weakest evidence: only where nothing else says the place
        // (the description first, then the page's other lines: a description may be read short;
        // read only when no stronger evidence says the place)
        // (on an employer's own site, a town its address gives too wins over towns named as often: "in Ede" for a
        // conference, "bij jou in de buurt of in Nijmegen" over the footer's "6515 HT Nijmegen")
        let ownAddress = isBoard ? nil : { furniturePlace ?? Location.inAddress(lines: labels.lines.suffix(30)) }
        if location.best == nil, let (town, count) = description.flatMap({ Location.mentioned(in: $0, favouring: ownAddress) })
            ?? Location.mentioned(in: labels.lines.prefix(60).joined(separator: "\n"), favouring: ownAddress) {
            location.add(town, "text", count > 1 ? 2 : 1)
        }
        // the page's summary for search engines, where its own lines name no place: a place it labels, puts
        // the work in, or gives as a fact of its own ("Job location Banglore, India", "(40 uur, Delft)")
        if location.best == nil, let summary = meta["description"] ?? meta["og:description"],
           let place = Location.inSummary(summary) {
            location.add(place, "meta", 1)
        }
        // the address under the employer's labelled name, on a board too ("Employer" / "Acme A/S" / "Lyskær 3" /
        // "DK 2730 Herlev"): where the employer is, failing all else
        if location.best == nil, let (_, at) = labelledCompany, at + 1 < labels.lines.count,
           let place = Location.inAddress(lines: labels.lines[(at + 1)..<min(labels.lines.count, at + 4)]) {
            location.add(place, "address", 1)
        }
        // on an employer's own site, failing all else, the address its footer gives, or its header's contact bar
        // (a footer the markup does not mark as one ends the page's lines)
        if location.best == nil, !isBoard,
           let place = furniturePlace ?? Location.inAddress(lines: labels.lines.suffix(30))
            ?? headers.lazy.compactMap({ Location.inAddress(lines: PlainText.lines(of: $0).prefix(12)) }).first {
            location.add(place, "footer", 1)
        }
        // a remote job that names no place: its place is the header's word for remote work ("Full Time, Remote")
        // (a sentence is none: "Open for Remote full-time role.")
        // (nor is a label's yes or no: "Thuiswerken: ja", "Remote: No")
        if location.best == nil, let line = arrangementLine, line.arrangement == .remote, line.said.utf8.count <= 40,
           line.said.utf8.last != 0x2E, line.said.spaceParts.count <= 4, !line.said.contains(":"),
           labels.labelledArrangement == nil {
            location.add(line.said, "header", 1)
        }
        // … or, for a job that is not remote, the address of the organisation its markup describes ("@type":
        // "LocalBusiness", "address": …), or the town a sentence of its footer puts it in ("Acme is based in Stockholm")
        // (a remote job's employer is not where the work is: "Made with love in Tirana, Albania")
        if location.best == nil, !isBoard, arrangementLine?.arrangement != .remote, labels.labelledArrangement != .remote,
           description.flatMap(WorkArrangement.inText) != .remote {
            if let place = organizationPlace() { location.add(place, "organization", 1) } else if let town = furnitureTown { location.add(town, "footer", 1) }
        }
        // a known town in the page title is no employer ("Cafe Classen - Arnhem")
        company.adjust(-10) { ["title", "og:title"].contains($0.place) && Cities.contains($0.text) }
        // a social network's name is a button to share the page or to follow the site, no employer (its own
        // postings say so in markup or under a label: "LinkedIn" / "Xing" under "Dieses Stellenangebot teilen")
        company.adjust(-10) { $0.place != "label" && SiteOwner.socialNames.contains($0.text.lowercased()) }
        // a postcode and its town is no employer ("30171 Hannover (Südstadt)" over the title), nor a kind of contract
        // (nor is a number with no letters: "Jobs data | 23344", a site's reference in its page title)
        company.adjust(-10) { LabelledLines.postcodeFirst($0.text) || EmploymentType.names($0.text) || !$0.text.contains(where: \.isLetter) }
        // a mail address is no employer's name ("© magic@djinni.co")
        company.adjust(-10) { $0.text.contains("@") && !$0.text.contains(" ") }
        // a place is not the employer ("Senior Engineer | Camberwell VIC 3124 | …")
        let placeTexts = Set(location.candidates.filter { $0.score >= 4 }.map { Words.normalized($0.text) })
        company.adjust(-10) { $0.place != "label" && placeTexts.contains(Words.normalized($0.text)) }

        // on an employer's own site, failing all else, the host's name as the page's text writes it
        // ("sinnerschrader.jobs": "SinnerSchrader ist eine Agentur …"), the description first, then
        // the page's lines (its logo's text)
        if company.best == nil, !isBoard, let host = hostLabel,
           let name = Self.writtenOut(host, in: (description.map { [$0] } ?? []) + labels.lines.prefix(60)) {
            company.add(name, "host", 1)
            // (a sentence that says the company is, under a name that begins with the host's, gives the whole name:
            // "Brightwater Analytics is a 40-person company" on brightwater.example)
            if let said = labels.companySaid, said.utf8.count > name.utf8.count, said.startsWithBytes(name + " ") {
                company.add(said, "text", 2)
            }
        }
        // failing that, the name the domain of the posting's mail address spells, as the text writes it
        // ("jobs@sinnerschrader.com": "SinnerSchrader gehört zu …"; not the site's own address)
        // (the texts and the addresses' names read once, for this and the last fallback below, and only if either runs)
        lazy var mailTexts = (description.map { [$0] } ?? []) + labels.lines.prefix(200)
        lazy var mailLabels = MailDomain.labels(in: mailTexts.joined(separator: "\n"))
        if company.best == nil {
            let texts = mailTexts
            let domains = mailLabels.map { $0.replacingAll("-", with: "") }
            if let name = domains.lazy.filter({ $0 != self.hostLabel })
                .compactMap({ Self.writtenOut($0, in: texts) ?? Self.initialsSpelling($0, in: texts) ?? Self.wordAsWritten($0, in: texts) })
                .first {
                company.add(name, "mail", 1)
            }
        }
        // a page title's name with a known town after it ("Lavora con noi — Centro Carrelli Bologna") is the name that
        // another place writes without the town (the logo's "Centro Carrelli"): that place's agrees
        let withTown = company.candidates.filter { $0.place == "title" }.flatMap { c in
            company.candidates.filter { o in
                o.place != "title" && c.text.utf8.count > o.text.utf8.count + 1 && c.text.startsWithBytes(o.text + " ")
                    && Cities.contains(String(c.text.dropFirst(o.text.count + 1)))
            }
        }
        for o in withTown { company.adjust(1) { $0.place == o.place && $0.text == o.text } }
        // … and the other way round: a logo's name with its town ("Wallpraxis Winsen") is the page title's part without
        // it ("ZFA Jobs in Winsen | Wallpraxis - Moderne Zahnarztpraxis"), which it agrees with
        let townless = company.candidates.filter { c in
            c.place == "title" && company.candidates.contains { o in
                o.place != "title" && o.text.utf8.count > c.text.utf8.count + 1 && o.text.startsWithBytes(c.text + " ")
                    && Cities.contains(String(o.text.dropFirst(c.text.count + 1)))
            }
        }
        for c in townless { company.adjust(2) { $0.place == "title" && $0.text == c.text } }
        // (the recruiter's name, wherever the page gives it: its site's name, its copyright, its logo, its host, and
        // the page title's part that names one of these: "Sr. functioneel analist – | Konato")
        if client != nil {
            // (… and its links to its own pages: "Unternehmen › Management" on the agency's site)
            let siteNames = Set(company.candidates.filter { ["site_name", "owner", "host", "logo", "link"].contains($0.place) }
                .map { Words.normalized($0.text) })
            company.adjust(-3) { $0.text != "Confidential" && siteNames.contains(Words.normalized($0.text)) }
        }
        // failing that too, a sentence that says a name is a company ("Northwind is a logistics startup"), no place
        if company.best == nil, let name = labels.companySaid, !Cities.contains(name) { company.add(name, "text", 1) }
        // … or, on an employer's own site, the name of its company page on LinkedIn that it links to, as the page's
        // text writes it or else in capitals of its words ("linkedin.com/company/human-connection": "Human Connection";
        // not a word of its own the text never writes, "ministeroinnovazione")
        // (or of the logo's file, its image's text saying nothing: "Logo-Business-Partners.svg")
        if company.best == nil, !isBoard,
           let (slug, place) = doc.elements(.a).lazy.compactMap({ $0.attribute("href").flatMap(Self.linkedInCompanyName) }).first
            .map({ ($0, "social") })
            ?? doc.elements(.img).lazy.compactMap({ $0.attribute("src").flatMap(Self.logoFile) }).first
                .flatMap(Self.logoName).map({ ($0, "logo") }) {
            let texts = (description.map { [$0] } ?? []) + labels.lines.prefix(200)
            let spelled = slug.spaceParts.count > 1
                ? slug.spaceParts.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ") : nil
            if let name = Self.writtenOut(slug.replacingAll(" ", with: ""), in: texts) ?? spelled { company.add(name, place, 1) }
        }
        // failing all else, the one company the posting's text names with its legal form ("… the liabilities of Hornbeck Offshore
        // Services, Inc. and subsidiaries"), where it names no other
        if company.best == nil, let name = LabelledLines.onlyLegalName(in: (description.map { [$0] } ?? []) + labels.lines.prefix(400)) {
            company.add(name, "text", 1)
        }
        // … and, on an employer's own site, the one name the domain of the posting's mail addresses spells, where the
        // text never writes it, its words capitalised ("praca@neubloc.pl": "Neubloc"; not the site's own host's)
        if company.best == nil, !isBoard {
            let domains = mailLabels.filter { $0.replacingAll("-", with: "") != self.hostLabel }
            if domains.count == 1, case let words = domains[0].splitBytes("-").filter({ !$0.isEmpty }), !words.isEmpty,
               // (words of letters, two or more each: not "capemploi44nantes", "i-lanzadutchgroup")
               words.allSatisfy({ $0.utf8.count >= 2 && $0.allSatisfy(\.isLetter) }) {
                company.add(words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " "), "mail", 1)
            }
        }
        // a page title's part that the chosen title holds is the job's own words, no employer
        // (or a heading of the page writes as part of the job's title: "Senior Test Engineer - Autonomous Driving")
        let held = title.candidates.filter { $0.score > 0 && !["title", "og:title"].contains($0.place) }.map { Words.normalized($0.text) }
            + [title.best.map { Words.normalized($0.text) }].compactMap { $0 }
        // (… or, read as a title, is: "Data Engineer (w/m/x) gesucht")
        // (a name the title sets beside the words of a page of jobs is the employer's, a heading that holds it or not:
        // "Kleinscharig biedt jou")
        company.adjust(-3) { c in
            guard ["title", "og:title"].contains(c.place), !nameBesidePageWords.contains(c.text) else { return false }
            let text = Words.normalized(c.text), asTitle = Words.normalized(cleanTitle(c.text))
            return held.contains { Words.contains($0, text) || $0 == asTitle }
        }
        // the employer's name is no title ("Zahnarztpraxis Wedding | Kontakt", the mail address's name)
        if let name = company.best.map({ Words.normalized($0.text) }) {
            title.adjust(-4) { Words.normalized($0.text) == name }
        }
        if let c = title.best {
            p.title = c.text
            p.evidence["title"] = c.place
            // (the employer the heading names after its dash is no part of the job's title)
            if let (role, name) = Self.roleAndEmployer(c.text), company.best?.text == name { p.title = role }
        }
        // on the employer's own site, its name as the site shows it, and its legal name in the copyright line or the
        // address that begins with the same word, are one employer: where the shown name adds words of its own, the
        // legal name is its name ("Campudus Developers" in the page title and the logo, "Campudus GmbH" over the
        // footer's address)
        if !isBoard, let best = company.best, let owner = copyrightOwner, PostingLabels.readsAsCompany(owner),
           !PostingLabels.readsAsCompany(best.text), Words.normalized(best.text) != Words.normalized(owner),
           let first = best.text.spaceParts.first, first.utf8.count >= 3, owner.spaceParts.first == first,
           // (the shown name says more than the legal name: "Acme" is "Acme Inc" already)
           !Set(Words.normalized(best.text).spaceParts).isSubset(of: Set(Words.normalized(owner).spaceParts)) {
            company.add(owner, "owner", best.score + 1)
        }
        // a site that serves both employers and job seekers is a recruiter's or a board's: where the employer the posting
        // names is the site itself, it hires for a client it does not name ("Tech Talent Group söker en .NET-utvecklare"
        // on the agency's own site), unless the job is one of its own (a recruiter's)
        // (the site by its furniture, spaced as it may be, "TechTalent Group" for "Tech Talent Group", by its owner, its
        // copyright line or its logo, or by the name that opens or ends the page title: a saved page has no host)
        if servesBothSides, let best = company.best, best.text != "Confidential", !StaffingAgency.hiresForItself(p.title),
           case let own = Self.compact(best.text), isSiteFurniture(best.text)
            || furniture.contains(where: { $0.replacingAll(" ", with: "") == own }) || siteOwner.map({ Self.compact($0.0) == own }) == true
            || titleTag.map(titleSegments).map({ $0.count > 1 && [$0.first!, $0.last!].map(Self.compact).contains(own) }) == true {
            company.add("Confidential", "text", best.score + 1)
        }
        if let c = company.best {
            p.company = c.text
            p.evidence["company"] = c.place
            // a name the site's furniture gives as one word, the posting's text writes as it is spoken: the logo's
            // "OpenWeb" is the text's "Open Web"
            if ["logo", "owner", "site_name", "url", "host"].contains(c.place), !c.text.contains(" "),
               let written = Self.writtenOut(Self.compact(c.text), in: (description.map { [$0] } ?? []) + labels.lines.prefix(60)),
               written.contains(" ") {
                p.company = written
            }
            // a short form the page spells out with it in brackets is the employer's name written out: "EFF" of "The
            // Electronic Frontier Foundation (EFF) is seeking a designer"
            if let full = Self.nameOfShortForm(c.text, in: (description.map { [$0] } ?? []) + labels.lines.prefix(200)) {
                p.company = full
            }
        }
        // a town's or a district's own posting, failing all else, is in that town ("Stadt Halle (Saale)"), as is
        // an employer's whose name ends in a known town ("TU Chemnitz", "Brasserie Classen Arnhem")
        if location.best == nil, let name = company.best?.text, let town = Location.ofEmployer(name) {
            location.add(town, "company", 1)
        }
        // … or, on an employer's own site, the word its page title adds to the owner's name, where the page's sentences
        // put something in it too: a town the list of towns lacks ("Brasserie Rubens Knokke" over "© 2026 Brasserie
        // Rubens" and "De oudste brasserie van Knokke")
        if location.best == nil, !isBoard, let (owner, _) = siteOwner, let town = townAfterName(owner, lines: labels.lines) {
            location.add(town, "title", 1)
        }
        // failing all else, the known town a university's name holds, in the posting's sentences ("a position in
        // the lab at Boston University", "Universität Leipzig", "University of Copenhagen")
        if location.best == nil, arrangementLine?.arrangement != .remote,
           let town = Location.ofUniversity(in: description ?? labels.lines.prefix(60).joined(separator: "\n")) {
            location.add(town, "text", 1)
        }
        // a labelled list of three towns or more, where the posting's title names one of them, is the employer's offices:
        // the one the title names ("Standorte: Leipzig, Berlin, Düsseldorf, Frankfurt, Hannover und München" under
        // "Machine Learning Ops Engineer (m/w/d) in Berlin")
        if let best = location.best, best.place == "label", let listed = LabelledLines.townsListed(best.text) {
            let towns = Set(listed.map(Words.normalized))
            if towns.count >= 3, let named = location.candidates.first(where: { c in
                c.score > 0 && c.place == "title"
                    && towns.contains(Words.normalized(String(c.text.split(separator: ",").first ?? "")))
            }) {
                location.adjust(best.score - named.score + 1) { $0.text == named.text && $0.place == named.place }
            }
        }
        // a place that is the employer's name as the page writes it is the employer, not the place ("LINCOLN" of
        // "Data Engineer H/F | LINCOLN | LinkedIn", where the firm's link and logo name it), unless a label says so
        if let name = p.company.map(Words.normalized) {
            location.adjust(-10) { $0.place != "label" && Words.normalized($0.text) == name }
        }
        if let c = location.best { p.location = c.text; p.evidence["location"] = c.place }

        // remote, hybrid or on-site: a label, a short header line, the location, then the description
        if let w = labels.labelledArrangement {
            p.workplace = w; p.evidence["remote"] = "label"
        } else if let w = arrangementLine?.arrangement {
            p.workplace = w
            p.evidence["remote"] = "header"
        } else if let loc = p.location, let w = arrangementOf[loc] ?? WorkArrangement.inLocation(loc)
                    ?? labels.shortLine(holding: loc).flatMap(WorkArrangement.inLocation) {
            p.workplace = w; p.evidence["remote"] = "location"
        } else if let (v, _) = labels.labelled(PostingLabels.location), let w = WorkArrangement.inLocation(v) {
            // the labelled place as written, before it was tidied: "South Africa (Remote)"
            p.workplace = w; p.evidence["remote"] = "location"
        } else if let w = ([p.title].compactMap { $0 } + headings.prefix(1).filter { cleanTitle($0) == p.title }
                           + subheadings.prefix(3).compactMap { Self.wordsAfterTitle(p.title, in: $0) })
                    .lazy.compactMap(WorkArrangement.inLocation).first {
            // (the title, or the heading it was cleaned from: "Data Engineer – Remote (EU)"; or the words after it in a
            // subheading that opens with it, under a heading of the site's: "Kravanalytiker på distans")
            p.workplace = w; p.evidence["remote"] = "title"
        } else if let d = description, let w = WorkArrangement.inText(d) {
            p.workplace = w; p.evidence["remote"] = "description"
        }
        p.remote = p.workplace.map(\.isRemote)

        if let hours = labels.value(for: ["hours", "employment type", "job type", "type", "employ. type", "employee type",
                                          "position type", "anstellungsart", "beschäftigungsart", "type de contrat",
                                          "tipo de contrato", "dienstverband", "tipo di contratto"]) {
            p.employmentType = hours.split(separator: ",").first.flatMap { EmploymentType.normalized(String($0)) }
        }
        p.employmentType = p.employmentType ?? labels.employmentLine
        if let posted = labels.value(for: ["date posted", "posted"]).flatMap(SchemaPosting.date) { p.datePosted = posted }
        if let pay = labels.value(for: ["salary", "pay", "compensation", "salary range", "base pay", "gehalt", "salaire", "salario", "salaris", "stipendio", "retribuzione"]) {
            p.salary = SalaryReader.text(pay)
        }
        p.description = description
        return p
    }

    /// Letters and digits only, lower case: "Hugging Face" and "hugging-face" read "huggingface".
    static func compact(_ s: String) -> String { Words.normalized(s).filter { $0 != " " } }

    /// The ASCII a domain writes for a letter of two bytes that begin 0xC3, by its second byte: German
    /// "ä", "ö", "ü" as "ae", "oe", "ue", "ß" as "ss"; an accented letter as the letter ("é" as "e").
    static let asciiSpelling: [UInt8: [UInt8]] = {
        var t: [UInt8: [UInt8]] = [:]
        for (second, ascii) in [(0xA4, "ae"), (0x84, "ae"), (0xB6, "oe"), (0x96, "oe"), (0xBC, "ue"), (0x9C, "ue"), (0x9F, "ss"),
                                (0xA0, "a"), (0xA1, "a"), (0xA2, "a"), (0xA7, "c"), (0xA8, "e"), (0xA9, "e"), (0xAA, "e"),
                                (0xAB, "e"), (0xAD, "i"), (0xAE, "i"), (0xB1, "n"), (0xB3, "o"), (0xB4, "o"), (0xBA, "u"),
                                (0xBB, "u"), (0x89, "e"), (0x80, "a"), (0x87, "c")] as [(UInt8, String)] {
            t[second] = Array(ascii.utf8)
        }
        return t
    }()

    /// The words of the text, one to three, that spell a host's name, capitalised as a name
    /// is ("sinnerschrader": "SinnerSchrader", "mediale pfade": no capital, no name). An ASCII name is
    /// looked for in the text's bytes, the words read only where it is found.
    static func writtenOut(_ host: String, in texts: [String]) -> String? {
        guard host.count >= 4 else { return nil }
        let name = Array(host.utf8)
        guard name.allSatisfy({ $0 < 0x80 }) else { return wordsSpelling(host, in: texts) }
        let isAlnum = { (b: UInt8) in b >= 0x30 && b <= 0x39 || b >= 0x41 && b <= 0x5A || b >= 0x61 && b <= 0x7A }
        let lower = { (b: UInt8) in b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        for text in texts {
            var copy = text
            let found = copy.withUTF8 { b -> String? in
                var i = 0
                while i < b.count {
                    // a word that begins with the name's first letter, in capitals, where nothing of a word stands before it
                    guard b[i] >= 0x41 && b[i] <= 0x5A, lower(b[i]) == name[0], i == 0 || !isAlnum(b[i - 1]) else { i += 1; continue }
                    var j = i + 1, k = 1, spaces = 0
                    while k < name.count, j < b.count {
                        if lower(b[j]) == name[k] { k += 1; j += 1; continue }
                        // (a letter the domain writes in ASCII: "mueller" for "Müller", "creation" for "Création")
                        if b[j] == 0xC3, j + 1 < b.count, let ascii = Self.asciiSpelling[b[j + 1]],
                           k + ascii.count <= name.count, name[k..<(k + ascii.count)].elementsEqual(ascii) {
                            k += ascii.count; j += 2; continue
                        }
                        guard !isAlnum(b[j]) else { break }
                        if b[j] == 0x20 || b[j] == 0x0A { spaces += 1; if spaces > 2 { break } }
                        j += 1
                    }
                    // (the name's last letter ends a word: "Acme" is not "Acmes")
                    if k == name.count, j == b.count || !isAlnum(b[j]) {
                        let words = String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self)
                            .split(whereSeparator: { $0 == " " || $0 == "\n" })
                        return words.joined(separator: " ").trimmingCharacters(in: ".,;:!?()\"'’«»“” ")
                    }
                    i += 1
                }
                return nil
            }
            if let found, !found.isEmpty { return found }
        }
        return nil
    }

    /// The name whose words' initials spell a short domain label, as the text writes it: "vdlp" is "Van der Let &
    /// Partners", "mbt" "Müller Bau Technik". The name's words are capitalised, its first and its last; a name's
    /// joiners between them (`LabelledLines.nameJoiners`: "der", "&", "und") count by their initial too, or not at all.
    static func initialsSpelling(_ label: String, in texts: [String]) -> String? {
        let letters = label.map { String($0) }
        guard (3...6).contains(letters.count), label.allSatisfy({ $0.isLetter && $0.isASCII }) else { return nil }
        for text in texts {
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ").map { String($0).trimmingCharacters(in: ".,;:!?()\"'’«»“”") }
                for start in words.indices where words[start].first?.isUppercase == true {
                    // (each word either gives the next letter or, a small word, is passed over)
                    var k = 0, end = start
                    while end < words.count, k < letters.count {
                        let w = words[end]
                        guard let first = w.first else { break }
                        if first.lowercased() == letters[k], first.isUppercase || LabelledLines.nameJoiners.contains(w) {
                            k += 1
                        } else if !LabelledLines.nameJoiners.contains(w) {
                            break
                        }
                        end += 1
                    }
                    if k == letters.count, words[end - 1].first?.isUppercase == true {
                        return words[start..<end].joined(separator: " ")
                    }
                }
            }
        }
        return nil
    }
    /// A domain label the text writes as a word of its own, in any case, as written: a brand in lower case
    /// ("qatent est une startup …" for fv@qatent.com). Labels of four letters or more.
    /// Failing that, a word that is the label with an inflection's ending of one or two letters, as Czech, Polish
    /// or Finnish decline a name ("Práce v gymitu" for hr@gymit.cz gives "gymit").
    static func wordAsWritten(_ label: String, in texts: [String]) -> String? {
        guard label.utf8.count >= 4, label.allSatisfy({ $0.isLetter }) else { return nil }
        let words = texts.lazy.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\n" }) }
            .map { String($0).trimmingCharacters(in: ".,;:!?()\"'’«»“”") }
        if let exact = words.first(where: { $0.lowercased() == label }) { return exact }
        let declined = words.first { w in
            let lower = w.lowercased()
            return lower.count > label.count && lower.count <= label.count + 2 && lower.hasPrefix(label)
                && lower.dropFirst(label.count).allSatisfy(\.isLetter)
        }
        return declined.map { String($0.prefix(label.count)) }
    }

    /// `writtenOut` for a name with letters beyond ASCII: the text's words, one to three at a time.
    private static func wordsSpelling(_ host: String, in texts: [String]) -> String? {
        for text in texts {
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
                .map { String($0).trimmingCharacters(in: ".,;:!?()\"'’«»“”") }
            for (i, w) in words.enumerated() where w.first?.isUppercase == true && host.startsWithBytes(compact(w).prefix(2)) {
                for n in 1...3 where i + n <= words.count {
                    let name = words[i..<(i + n)].joined(separator: " ")
                    if compact(name) == host { return name }
                    if compact(name).count >= host.count { break }
                }
            }
        }
        return nil
    }

    /// Whether a name spells the same as `spelled` (already compact), one the
    /// other's beginning: "comparis-ch" and "Comparis", "Forge s.r.l." and "Forge Srl".
    static func spellsAlike(_ spelled: String, _ name: String, atLeast n: Int = 2) -> Bool {
        let other = compact(name)
        return other.count >= n && (other.startsWithBytes(spelled) || spelled.startsWithBytes(other))
    }

    /// A company name without a job board's suffix ("Canonical - Jobs",
    /// "Giga (gigaml.com)"), a copyright line's words or a trade mark's sign.
    static func cleanCompany(_ name: String) -> String {
        // an element that names the company may hold the copyright line ("© 2019 Acme® Pty Ltd All rights reserved")
        var n = name.contains("©") || name.startsWithBytes("Copyright") ? copyrightOwner(name) ?? name : name
        // marks are no part of the name ("Acme®", "Widget™")
        if n.contains(where: { $0 == "®" || $0 == "™" }) { n = n.filter { $0 != "®" && $0 != "™" } }
        for suffix in [" - Jobs", " - Careers", " Careers", " Jobs"] where n.hasSuffix(suffix) { n.removeLast(suffix.count) }
        if n.hasSuffix(")"), let open = n.lastIndex(of: "("), open > n.startIndex,
           n[open...].contains(".") || isShortForm(n[n.index(after: open)..<n.index(before: n.endIndex)], of: n[..<open]) {
            n = String(n[..<open])
        }
        n = n.trimmingSpaces
        // a board's word for an employer it keeps confidential, in the languages read, as the markup's is
        // ("Empresa: Confidencial", "Arbeitgeber: Vertraulich")
        return SchemaPosting.confidentialNames.contains(n.lowercased()) ? "Confidential" : n
    }

    /// Whether a name's only comma comes right before its legal form: "FEDORS Group, s. r. o.", "Acme, Inc.".
    static func commaBeforeLegalForm(_ s: String) -> Bool {
        let parts = s.split(separator: ",")
        guard parts.count == 2, let form = parts.last?.trimmingSpaces, !form.isEmpty else { return false }
        return PostingLabels.isDottedLegalForm(Substring(form)) || PostingLabels.readsAsCompany(s)
            && form.spaceParts.count <= 3 && !LabelledLines.isPlaceName(form)
    }

    /// The address a line labels as a website, on the label's line after its colon or on the next line
    /// ("Website: https://acme.example", "Website" / "acme.example"), in the languages read.
    static func labelledWebsite(_ lines: [String]) -> String? {
        for (i, line) in lines.prefix(300).enumerated() where line.utf8.count <= 120 {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard let head = parts.first, websiteLabels.contains(head.trimmingSpaces.lowercased()) else { continue }
            let value = parts.count > 1 ? parts[1].trimmingSpaces : i + 1 < lines.count ? lines[i + 1].trimmingSpaces : ""
            // (an address: no space, a dot; one without its scheme, "//acme.example" or "acme.example", is given one)
            var address = value.hasPrefix("//") ? "https:" + value : value
            guard !address.isEmpty, !address.contains(" "), address.contains(".") else { continue }
            if !address.contains("://") { address = "https://" + address }
            return address
        }
        return nil
    }
    static let websiteLabels: Set<String> = ["website", "company website", "web", "homepage", "company homepage", "url",
                                             "webseite", "internet", "homepage des unternehmens", "site web", "site internet",
                                             "sitio web", "página web", "sito web", "sito internet", "site", "hjemmeside",
                                             "hemsida", "webbplats", "strona www", "strona internetowa"]

    /// The name a text writes before a short form in brackets whose initials it is: "Electronic Frontier Foundation"
    /// of "The Electronic Frontier Foundation (EFF)".
    static func nameOfShortForm(_ short: String, in texts: [String]) -> String? {
        guard (2...6).contains(short.count), short.allSatisfy({ $0.isUppercase && $0.isASCII }) else { return nil }
        let mark = "(" + short + ")"
        for text in texts where text.containsBytes(mark) {
            for part in text.split(separator: "\n") where part.contains(mark) {
                let line = String(part)
                guard let at = line.byteRange(of: mark) else { continue }
                let before = line[..<at.lowerBound].split(separator: " ")
                // (the name's words and its joiners, back to the first word of the short form's initial)
                guard before.count >= short.count else { continue }
                for n in (short.count...min(before.count, short.count * 2)).reversed() {
                    let name = before.suffix(n).joined(separator: " ")
                    if name.first == short.first, isShortForm(Substring(short), of: Substring(name)) { return name }
                }
            }
        }
        // … or, without brackets, capitalised words of its initials that stand apart from other capitalised words: "The
        // Canadian Digital Service is a collective …" of "CDS"
        for text in texts {
            for part in text.split(separator: "\n") {
                let words = part.split(separator: " ").map { String($0).trimmingCharacters(in: ",.;:!?\"“”'’") }
                let capital = { (k: Int) in k >= 0 && k < words.count && words[k].first?.isUppercase == true }
                for start in words.indices where words[start].first == short.first
                    && (!capital(start - 1) || LabelledLines.articles.contains(words[start - 1])) && words.count - start >= short.count {
                    for n in short.count...min(words.count - start, short.count * 2) {
                        let run = words[start..<(start + n)]
                        guard run.allSatisfy({ $0.first?.isUppercase == true || LabelledLines.nameJoiners.contains($0) }),
                              run.last?.first?.isUppercase == true, !capital(start + n) else { continue }
                        let name = run.joined(separator: " ")
                        if isShortForm(Substring(short), of: Substring(name)) { return name }
                    }
                }
            }
        }
        return nil
    }

    /// Whether a word in capitals is the initials of a name's words, in order, the name's joiners ("of", "&",
    /// "und") passed over: "BFS" of "Bibby Financial Services", "IBM" of "International Business Machines";
    /// not "GmbH", nor "USA" of "Acme Software".
    static func isShortForm(_ word: Substring, of name: Substring) -> Bool {
        let letters = Array(word)
        guard (2...6).contains(letters.count), letters.allSatisfy({ $0.isUppercase && $0.isASCII }) else { return false }
        let words = name.split(separator: " ").filter { !LabelledLines.nameJoiners.contains(String($0)) }
        guard words.count == letters.count else { return false }
        return zip(words, letters).allSatisfy { w, l in w.first == l }
    }

    /// The employer a careers site's name names: "Acme Jobs", "Acme Careers",
    /// "Karriere bei Acme", "Werken bij Acme", "Carrières chez Acme".
    static func careersOf(_ segment: String) -> String? {
        var name: Substring?
        // (a segment set in capitals is read as written in lower case: "CAREERS AT NVIDIA")
        let caps = segment.contains(where: \.isLetter) && segment == segment.uppercased()
        let lower = caps ? segment.lowercased() : segment
        for suffix in careersSuffixes where lower.hasSuffix(caps ? suffix.lowercased() : suffix) {
            name = segment.dropLast(suffix.count)
        }
        for prefix in careersPrefixes where lower.startsWithBytes(caps ? prefix.lowercased() : prefix) {
            name = segment.dropFirst(prefix.count)
            // (the article the name takes after the preposition, in lower case: "Willkommen bei der Schreinerei Weber",
            // "Welcome to the Kestrel Company"; not a name's own, "Welkom bij De Vries", "Welcome to The Home Depot")
            if !caps, let rest = name, let article = rest.spaceParts.first, rest.spaceParts.count > 1,
               article.first?.isLowercase == true, Self.articlesAfterPrepositions.contains(String(article)) {
                name = rest.dropFirst(article.count).drop { $0 == " " }
            }
        }
        // "Careers / TAIC", "Acme / Karriere": the careers section's word and the name on either side of a slash
        if name == nil, let slash = segment.byteRange(of: " / ") {
            let before = segment[..<slash.lowerBound].trimmingSpaces.lowercased(), after = segment[slash.upperBound...]
            if careersWords.contains(before) {
                name = after
            } else if careersWords.contains(after.trimmingSpaces.lowercased()) {
                name = segment[..<slash.lowerBound]
            }
        }
        // the careers section's word alone before the name, as a careers site names itself ("Karriere GFI",
        // "Kariéra HAZE"), where what follows names no role nor place and opens as a name does ("Vacantes para guardias …",
        // "Vacatures Amsterdam" name none)
        if name == nil, let word = bareCareersWords.first(where: { lower.startsWithBytes(caps ? $0.lowercased() : $0) }),
           case let rest = segment.dropFirst(word.count), rest.first?.isLowercase != true, !PostingLabels.readsAsRole(String(rest)),
           !LabelledLines.isPlaceName(String(rest)) {
            name = rest
        }
        // (its town after a comma is no part of the name: "Werken bij Acme, Eindhoven")
        // (nor a separator before the careers word: "Vesper Labs – Careers", "Vesper Labs / Careers")
        guard let named = name.map({ String($0).trimmingCharacters(in: " !–—-|:·/") }) else { return nil }
        let n = Location.nameAndTown(named)?.name ?? named
        // ("Lavora con noi", "Work with us": a pronoun is no name)
        guard n.filter(\.isLetter).count >= 2, looksLikeName(n), !PostingLabels.isGeneric(n),
              !["us", "uns", "nous", "nosotros", "ons", "noi"].contains(n.lowercased()) else { return nil }
        return n
    }

    /// A heading of an employer that seeks a role: "Dressland sucht neue Mitarbeiter im Verkauf",
    /// "Acme is hiring a Data Engineer", "Dupont recrute un technicien". The role reads as one.
    static func hiringHeading(_ heading: String) -> (String, String)? {
        guard heading.utf8.count <= 120,
              let verb = TitlePatterns.hiringWords.lazy.compactMap({ heading.byteRange(of: $0) }).first else { return nil }
        let name = String(heading[..<verb.lowerBound]).trimmingSpaces
        var role = heading[verb.upperBound...].spaceParts
        while let w = role.first, hiringFillers.contains(w.lowercased()) { role.removeFirst() }
        // (without the headline's exclamation: "We're hiring a Data Engineer!")
        let title = role.joined(separator: " ").trimmingCharacters(in: " !.")
        guard looksLikeName(name), name.spaceParts.count <= 4, !title.isEmpty, PostingLabels.readsAsSoughtRole(title),
              !seeksStaffOnly(heading) else { return nil }
        return (name, title)
    }
    /// A role and the facts after it between dashes or bars, when every part after the role is a kind of contract,
    /// an arrangement or a place: "Data Engineer (m/w/d) – Vollzeit – Berlin" gives "Data Engineer (m/w/d)" and
    /// ["Vollzeit", "Berlin"]; nil for any other heading.
    static func dashFacts(_ heading: String) -> (role: String, facts: [String])? {
        for dash in [" – ", " — ", " | "] where heading.containsBytes(dash) {
            let parts = heading.splitBytes(dash).map(\.trimmingSpaces)
            let facts = Array(parts.dropFirst())
            if !facts.isEmpty, PostingLabels.readsAsRole(parts[0]), facts.allSatisfy({ p in
                EmploymentType.names(p) || WorkArrangement.stated(p) != nil || factPlace(p) != nil
            }) { return (parts[0], facts) }
        }
        return nil
    }
    /// A heading's role and, after its dash, the employer: "Business Developer (Parttime) – The Venturi Tribe".
    /// The name is no fact of the job (a place, a kind of contract, an arrangement), no role, and no team of the
    /// employer's ("Data Engineer – Platform Team").
    static func roleAndEmployer(_ heading: String) -> (role: String, name: String)? {
        for dash in [" – ", " — ", " | ", " @ "] where heading.containsBytes(dash) {
            let parts = heading.splitBytes(dash).map(\.trimmingSpaces)
            guard parts.count == 2, PostingLabels.readsAsRole(parts[0]) else { return nil }
            let name = parts[1]
            // (a list after the dash is the job's tools or facts, no name: "AI Automation Engineer — Kommo, n8n, APIs")
            guard name.utf8.filter({ $0 == 0x2C }).count < 2 else { return nil }
            guard looksLikeName(name), name.spaceParts.count <= 5, !PostingLabels.readsAsRole(name),
                  !PostingLabels.isGeneric(name), !EmploymentType.names(name), WorkArrangement.stated(name) == nil,
                  factPlace(name) == nil, LabelledLines.place(name) == nil, !Cities.contains(name),
                  let last = name.spaceParts.last, !teamWords.contains(last.lowercased()) else { return nil }
            return (parts[0], name)
        }
        return nil
    }
    static let teamWords: Set<String> = ["team", "teams", "squad", "department", "division", "unit", "group", "abteilung",
                                         "bereich", "afdeling", "équipe", "equipe", "équipes", "equipo", "squadra", "reparto"]

    /// The place a fact after a title's dash names: a place, or a place with its arrangement in brackets
    /// ("Berlin (Hybrid)" gives "Berlin").
    static func factPlace(_ fact: String) -> String? {
        if LabelledLines.isPlaceName(fact) { return fact }
        return LabelledLines.statement(in: [fact])?.place.flatMap { LabelledLines.isPlaceName($0) ? $0 : nil }
    }

    /// An account's name as a name is written: its parts capitalised, a capital inside a word beginning
    /// another ("comparis-ch" gives "Comparis Ch", "NordlichtAnalytics" gives "Nordlicht Analytics").
    static func accountName(_ account: String) -> String {
        account.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { part -> String in
            var out = ""
            var previous: Character?
            for c in part {
                if c.isUppercase, previous?.isLowercase == true { out.append(" ") }
                out.append(c)
                previous = c
            }
            return out.prefix(1).uppercased() + out.dropFirst()
        }.joined(separator: " ")
    }

    /// Whether a part of the page title beside the job may name its employer: a name, not the site's, not a
    /// board's word for a posting, a heading, a role, a place or a kind of contract.
    func namesEmployerBesideJob(_ text: String) -> Bool {
        Self.looksLikeName(text) && !PostingLabels.isGeneric(text) && !isSiteFurniture(text) && !Self.postingWords.contains(text.lowercased())
            && !PostingLabels.readsAsRole(text) && !LabelledLines.isPlaceName(text) && !EmploymentType.names(text)
    }

    /// A header line of the employer and its town: "Acme Analytics in Leipzig", "bei Acme GmbH in Leipzig",
    /// "at Acme in Austin, TX", "chez Dupont à Lyon". The town is a place; the name is written as one, every
    /// word capitalised ("Wir sind in Leipzig" is none), and is no role and no place.
    static func employerInTown(_ line: String) -> (name: String, town: String)? {
        guard line.utf8.count <= 80, !line.contains(":"), !line.hasSuffix(".") else { return nil }
        var rest = Substring(line)
        for at in TitlePatterns.employerWords where rest.startsWithBytes(at.dropFirst()) { rest = rest.dropFirst(at.count - 1); break }
        guard let r = [" in ", " à ", " a ", " en ", " te "].lazy.compactMap({ rest.firstRange(of: $0) }).first else { return nil }
        let name = String(rest[..<r.lowerBound]).trimmingSpaces, town = String(rest[r.upperBound...]).trimmingSpaces
        let words = name.spaceParts
        guard (1...5).contains(words.count), LabelledLines.leadingName(words).count == words.count, looksLikeName(name),
              !PostingLabels.readsAsRole(name), !LabelledLines.isPlaceName(name), LabelledLines.isPlaceName(town) else { return nil }
        return (name, LabelledLines.place(town) ?? town)
    }

    /// A heading of a role at its employer: "Backend Engineer at Acme", "Data Engineer @ Acme", "Entwickler
    /// (m/w/d) bei Acme GmbH", "Ingénieur chez Dupont". The role reads as one, the employer as a name, and
    /// is no place.
    static func roleAtEmployer(_ heading: String) -> (role: String, employer: String)? {
        guard heading.utf8.count <= 120, let at = TitlePatterns.employerWords.lazy.compactMap({ heading.byteRange(of: $0) }).first
        else { return nil }
        let role = String(heading[..<at.lowerBound]).trimmingSpaces, name = String(heading[at.upperBound...]).trimmingSpaces
        guard PostingLabels.readsAsRole(role), let first = name.first, first.isUppercase, looksLikeName(name),
              name.spaceParts.count <= 5, !PostingLabels.readsAsRole(name), !LabelledLines.isPlaceName(name)
        else { return nil }
        return (role, name)
    }

    /// Words that open a phrase of when or why between a verb of seeking and its article ("ab sofort", "zum
    /// nächstmöglichen Zeitpunkt", "zur Verstärkung unseres Teams", "dès maintenant", "per subito").
    static let whenWords: Set<String> = ["ab", "zum", "zur", "per", "für", "schnellstmöglich", "dringend", "baldmöglichst",
                                         "sofort", "aktuell", "derzeit", "ständig", "laufend", "im", "dès", "pour",
                                         "immédiatement", "actuellement", "voor", "met", "urgently", "currently", "immediately"]
    /// Whether a seeking opener ends on the indefinite article of the one it seeks ("vi søker en ", "we are looking for a ").
    static func endsOnArticle(_ opener: String) -> Bool {
        guard let last = opener.dropLast().split(separator: " ").last else { return false }
        return openerArticles.contains(String(last))
    }
    /// The sought one's articles, and the Nordic and Portuguese ones the openers end on ("vi søker en ", "procuramos um ").
    static let openerArticles = LabelledLines.soughtArticles.union(["en", "um", "uma"])
    /// Whether a line opens with a seeking opener that ends on an article ("Vi søker en blikkenslager med fagbrev.").
    static func seeksAfterArticle(_ line: String) -> Bool {
        let lowered = line.lowercased()
        return seekingOpeners.first(where: { lowered.startsWithBytes($0) }).map(endsOnArticle) ?? false
    }
    /// Prepositions that take the employer's own after the role a verb seeks ("… voor onze vestiging", "… to join our team").
    static let rolePrepositions: Set<String> = ["for", "to", "at", "in", "on", "with", "within", "voor", "bij", "binnen", "für",
                                                "bei", "im", "zur", "zum", "pour", "chez", "dans", "au", "para", "en", "per", "nel",
                                                "nella", "presso", "till", "hos", "i", "til", "do", "w", "na", "pro", "u", "ve",
                                                "v", "pra"]
    /// "With", before the experience asked for, in the languages read.
    static let withWords: Set<String> = ["with", "met", "mit", "avec", "con", "com", "med", "z", "s"]
    static let experienceWords: Set<String> = ["experience", "ervaring", "erfahrung", "expérience", "experiencia", "esperienza",
                                               "experiência", "erfarenhet", "erfaring", "doświadczeniem", "zkušenostmi"]
    /// The employer's own after them: "our", the team's article, or the verb of joining it, in the languages read.
    static let ownWords: Set<String> = ["our", "join", "onze", "ons", "unser", "unsere", "unseren", "unserem", "unserer", "notre",
                                        "nos", "rejoindre", "nuestra", "nuestro", "nuestros", "nuestras", "nostro", "nostra",
                                        "nostri", "nostre", "vårt", "vår", "våra", "vores", "våre", "naszego", "naszej",
                                        "naszym", "naszą", "našeho", "naší", "našem", "nosso", "nossa", "a", "o"]
    /// The indefinite articles, and those for both genders, before the role a verb seeks.
    static let articlesForBoth: Set<String> = LabelledLines.soughtArticles.union(["eine/n", "ein/e", "einen/eine", "eine*n",
                                                                                 "eine:n", "eine(n)", "ein(e)", "un(e)", "un/une"])
    /// Words that open a heading offering the reader the role, in the six languages read (lower case).
    static let becomeOpeners = ["become a ", "become an ", "become our ", "devenir ", "devenez ", "deviens ", "werde ", "werden sie ",
                                "word ", "wordt ", "diventa ", "diventare ", "conviértete en ", "hazte ", "torne-se "]
    /// Words a heading opens with to seek the role after them, in the six languages (lower case).
    static let seekingOpeners = ["we're hiring a ", "we're hiring an ", "we are hiring a ", "we are hiring an ", "we're hiring: ",
                                 "we are hiring: ", "we're looking for a ", "we're looking for an ", "we are looking for a ",
                                 "we are looking for an ", "join us as a ", "join us as an ", "join our team as a ",
                                 "join our team as an ", "wir suchen dich als ", "wir suchen sie als ", "wir suchen einen ",
                                 "wir suchen eine ", "wir suchen ", "gesucht: ", "buscamos un ", "buscamos una ", "buscamos ",
                                 "se busca ", "nous recrutons un ", "nous recrutons une ", "nous recrutons ", "on recrute ",
                                 "cerchiamo un ", "cerchiamo una ", "cerchiamo ", "wij zoeken een ", "wij zoeken ",
                                 "we zoeken een ", "gezocht: ", "we're hiring ", "we are hiring ", "we're looking for ",
                                 "we are looking for ",
                                 // … and in the other languages of the EU's job market: Swedish, Norwegian, Danish, Polish,
                                 // Czech, Portuguese ("Vi söker Dataanalytiker", "Szukamy Analityk danych")
                                 "vi söker en ", "vi söker ", "vi søker en ", "vi søker ", "vi søger en ", "vi søger ",
                                 "szukamy ", "poszukujemy ", "hledáme ", "procuramos um ", "procuramos uma ", "procuramos "]
    /// Articles and adjectives between the verb and the role ("sucht neue", "is hiring a", "recrute un·e").
    static let hiringFillers: Set<String> = ["a", "an", "new", "ein", "eine", "einen", "eine/n", "neue", "neuen", "einen/eine",
                                             "un", "une", "un.e", "un·e", "des", "een", "nieuwe", "uno", "una", "nuovi", "nuove"]

    /// Definite articles a name takes after a preposition, in the languages read ("bei der", "to the", "bij de").
    static let articlesAfterPrepositions: Set<String> = ["der", "die", "das", "den", "dem", "the", "de", "het", "la", "le",
                                                         "les", "el", "il", "lo"]
    static let careersSuffixes = [" Jobs", " Careers", " Career", " Karriere", " Stellenangebote", " Vacatures", " Carrières",
                                  " Carreiras", " Empleo", " Job Page", " Jobs Page", " Careers Page", " Career Page"]
    /// The careers section's words alone, in lower case ("careers", "karriere", "vacatures").
    static let careersWords = Set(careersSuffixes.map { $0.dropFirst().lowercased() })
    /// The careers section's word before a careers site's name, in the languages of the EU's job market.
    static let bareCareersWords = ["Karriere ", "Kariéra ", "Kariera ", "Karriär ", "Karriere: ", "Carrières ", "Carreiras ",
                                   "Carriere ",
                                   // (or its vacancies: "Vacantes AGAMA", "Vacatures Acme", "Stellenangebote Acme")
                                   "Vacantes ", "Vacatures ", "Vacancies ", "Stellenangebote ", "Empleos ", "Vagas ",
                                   "Offres d'emploi ", "Ofertas de empleo ", "Posizioni aperte "]
    static let careersPrefixes = ["Careers at ", "Jobs at ", "Working at ", "Karriere bei ", "Jobs bei ", "Werken bij ",
                                  "Carrières chez ", "Trabaja en ", "Trabajar en ", "Lavorare in ", "Arbeiten bei ", "Werken bei ",
                                  "Travailler chez ", "Lavora con ", "Work at ", "Work with ",
                                  "Empleo en ", "Empleos en ", "Trabajo en ", "Emplois chez ", "Jobs chez ", "Vacatures bij ",
                                  "Stellenangebote bei ", "Offene Stellen bei ", "Lavora in ",
                                  // an invitation to work there: "Kom werken bij De Vries", "Come work at Acme"
                                  "Kom werken bij ", "Kom bij ", "Come work at ", "Come work for ", "Come work with ",
                                  "Arbeite bei ", "Komm zu ", "Werde Teil von ", "Vieni a lavorare da ", "Ven a trabajar en ",
                                  "Venez travailler chez ",
                                  // a home page's greeting names its owner: "Welcome to Bedrock Stone & Design!"
                                  "Welcome to ", "Willkommen bei ", "Bienvenue chez ", "Bienvenido a ", "Welkom bij ",
                                  "Benvenuti in ", "Benvenuti da "] + openingPrefixes
    /// The known town, country, US state or region before "-based" among a title's words: "US-Based", "Berlin-based".
    static func basedPlace(_ words: [Substring]) -> String? {
        for w in words {
            let lower = w.lowercased()
            guard lower.hasSuffix("-based"), case let place = String(w.dropLast(6)),
                  Location.basesJob(place, codes: LabelledLines.regionCodes) else { continue }
            return place
        }
        return nil
    }

    /// A heading of one opening and its employer: "Open Position at The Forecast Foundation", "Offene Stelle bei Acme".
    static let openingPrefixes = ["Open Position at ", "Open position at ", "Open Positions at ", "Open positions at ",
                                  "Job Opening at ", "Job opening at ", "Job Openings at ", "Open Role at ", "Open role at ",
                                  "Open Roles at ", "Vacancy at ", "Vacancies at ", "Offene Stelle bei ", "Freie Stelle bei ",
                                  "Offre d'emploi chez ", "Offre d’emploi chez ", "Poste ouvert chez ", "Vacature bij ",
                                  "Oferta de empleo en ", "Posizione aperta presso ", "Posizione aperta in "]

    /// Whether a heading names the employer's careers pages ("Werken bij WDeliver | W-Install",
    /// "Karriere bei HMZ", "WERKEN BIJ QUIOSK"): a name after the words, however it is written.
    static func namesCareersPage(_ heading: String) -> Bool {
        if careersOf(heading) != nil { return true }
        let lowered = heading.lowercased()
        if careersHeadings.contains(where: { lowered.startsWithBytes($0) && lowered.utf8.count <= $0.utf8.count + 40 }) { return true }
        // the word for a posting before a field that names no role: "Offre d'emploi Cloud Native", "Stellenangebot IT"
        // ("Vacature Junior Adviseur" is the posting's title after its word)
        if let (rest, colon) = afterPostingWord(heading) { return !colon && !rest.isEmpty && !PostingLabels.readsAsRole(rest) }
        return false
    }

    /// The words that say what a vacancy is for, before its title: "Vaga para Developer", "Vacancy for Data Analyst".
    static let vacancyOpeners = ["Vacature voor ", "Vacante de ", "Vacante para ", "Vaga: ", "Vaga para ", "Vaga de ",
                                 "Vacancy for ", "Offre pour ", "Job Application for "]

    /// The words a board or a careers page writes before a posting's title, in the languages read.
    static let postingWords = ["offre d'emploi", "offre d’emploi", "stellenangebot", "stellenanzeige", "stellenausschreibung",
                               "jobangebot", "vacature", "oferta de empleo", "oferta de trabajo", "offerta di lavoro",
                               "annuncio di lavoro", "job offer", "vacante", "job opening", "annuncio",
                               // … and in the other languages of the EU's job market ("Ledig stilling: Dataanalytiker")
                               "ledig stilling", "ledig tjänst", "oferta pracy", "nabídka práce", "ponuka práce",
                               // (the word for an offer alone, after the longer ones: "Oferta: Camarero/a")
                               "oferta", "offerta", "offre"]

    /// A heading's words after the word for a posting ("Offre d'emploi : Ingénieur" gives "Ingénieur"), and
    /// whether a colon comes between (then they are the title, whatever they say); nil when it begins with none.
    static func afterPostingWord(_ heading: String) -> (rest: String, colon: Bool)? {
        let lowered = heading.lowercased()
        guard let word = postingWords.first(where: { lowered.startsWithBytes($0) }) else { return nil }
        let rest = Substring(heading.utf8.dropFirst(word.utf8.count))
        // a whole word: "Vacatures" is no "Vacature"
        if let next = rest.utf8.first, next != 0x20, next != 0x3A, next != 0xC2 { return nil }
        // (a dash or a bar after the word is a colon too: "Offre d'emploi - Data Engineer H/F")
        let words = rest.drop { " :\u{A0}-–—|".contains($0) }
        return (String(words).trimmingSpaces, rest[..<words.startIndex].contains(where: { ":-–—|".contains($0) }))
    }
    private static let careersHeadings = (careersPrefixes + careersHeadingPrefixes).map { $0.lowercased() }
    /// Words that open the heading of a careers page whatever follows, the employer or its town ("Empleo en
    /// DISID", "Empleo en Valencia", "Vacatures in Utrecht"): no job's title, and no employer's name.
    static let careersHeadingPrefixes = ["Empleo en ", "Empleos en ", "Trabajo en ", "Trabajos en ", "Ofertas de empleo en ",
                                         "Emploi chez ", "Emplois chez ", "Offres d'emploi chez ", "Stellenangebote bei ",
                                         "Vacatures bij ", "Vacatures in ", "Lavoro in ", "Lavora in ", "Jobs in "]

    /// The first person plural that opens a site's slogan, in the six languages.
    static let weWords: Set<String> = ["We", "Wir", "Nous", "Wij", "We're", "Nosotros", "Noi"]
    /// The second person that opens a heading to the reader, in the languages of the EU's job market.
    static let youWords: Set<String> = ["You", "You're", "Du", "Sie", "Vous", "Tu", "Jij", "Je", "Usted", "Ty", "Vy", "Você", "Voi"]
    /// A page title's part that names the careers section, before the job's part, in the six languages.
    static let careersSections: Set<String> = ["join", "join us", "careers", "career", "jobs", "vacancies", "open positions",
                                               "work with us", "karriere", "jobs & karriere", "stellenangebote",
                                               "carrières", "carrière", "emplois", "recrutement", "empleo", "empleos",
                                               "trabaja con nosotros", "vacatures", "werken bij ons", "lavora con noi",
                                               "carriere", "posizioni aperte", "carriera", "carrera", "carreras",
                                               "carreira", "carreiras",
                                               // (and a board of the employer's own, in the languages of the EU's job market)
                                               "bolsa de trabajo", "bolsa de empleo", "ofertas de empleo", "trabalhe conosco",
                                               "vagas", "offres d'emploi", "offerte di lavoro", "offene stellen",
                                               "oferty pracy", "kariera", "praca", "karriär", "lediga jobb",
                                               "lediga tjänster", "jobba hos oss", "ledige stillinger", "ledige job",
                                               "kariéra", "volná místa"]

    /// The marks a quotation opens and closes with, in the languages read.
    static let quotationMarks: Set<Character> = ["\"", "“", "”", "„", "«", "»", "‚", "‘", "’", "'"]

    /// Words before a town in a title, in the six languages ("in München", "à Lyon", "en Madrid", "a Milano").
    static let placePrepositions: Set<Substring> = ["in", "à", "en", "a", "te", "bei", "near"]

    /// The place a title's words put the job in after a preposition, and its weight: a known town of one or two
    /// words ("MedienpädagogIn in München gesucht", "Chef de projet à Lyon"); or, after French "à" or Dutch "te",
    /// which no capitalised noun follows, the title's last words, written as a name, known town or not ("Une
    /// année de mission à Vaumoise", "Medewerker te Houten"), weighed less.
    static func placeAfterPreposition(_ words: [Substring]) -> (place: String, weight: Int)? {
        for (k, w) in words.enumerated().dropLast() where k > 0 && placePrepositions.contains(w) {
            let after = words[(k + 1)...]
            // (a comma may end the town, before its state or region: "Java Developer Job in Austin, TX - …")
            let bare = after.map { $0.hasSuffix(",") ? $0.dropLast() : $0 }
            if let n = [2, 1].first(where: { bare.count >= $0 && Cities.contains(bare.prefix($0).joined(separator: " ")) }),
               bare.first?.first?.isUppercase == true {
                var place = bare.prefix(n).joined(separator: " ")
                if after[after.startIndex + n - 1].hasSuffix(","), n < bare.count, case let region = bare[n],
                   Location.usStateCodes.contains(String(region)) || Regions.contains(region) {
                    place += ", " + region
                }
                return (place, 2)
            }
            if w == "à" || w == "te", (1...2).contains(after.count),
               after.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" } }) {
                return (after.joined(separator: " "), 1)
            }
        }
        return nil
    }

    /// Words a name may hold in lower case ("Bank of America", "Team per la Trasformazione Digitale").
    static let nameJoiners: Set<String> = ["of", "and", "the", "for", "&", "per", "la", "le", "de", "des", "du", "der",
                                           "die", "und", "für", "van", "en", "het", "di", "del", "della", "y", "e", "et"]

    /// A phrase of lower-case words after the first ("Online survey data analysis"): a tagline, not a name.
    static func readsAsTagline(_ text: String) -> Bool {
        // most texts have fewer than three words: their spaces tell
        guard text.utf8.lazy.filter({ $0 == 0x20 }).count >= 2 else { return false }
        let words = text.spaceParts.filter { $0.contains(where: \.isLetter) }
        guard words.count >= 3 else { return false }
        // ("Solutions de Transformation Numérique Cloud par des Experts Certifiés": a name is shorter)
        if words.count >= 7 { return true }
        // an article and an adjective: "Die perfekte Lösung", "The perfect match", "La mejor opción"
        if articles.contains(words[0].lowercased()), words[1].first?.isLowercase == true { return true }
        return words.dropFirst().filter { w in w.first?.isLowercase == true && !nameJoiners.contains(String(w)) }.count >= 2
    }

    /// Articles that begin a phrase, in the languages read.
    static let articles: Set<String> = ["the", "a", "an", "die", "der", "das", "ein", "eine", "la", "le", "les", "el", "los",
                                        "las", "il", "lo", "gli", "de", "het", "een", "um", "uma", "une", "un"]

    /// A name before or after the job's title, without it: "Augur Product Designer" for "Product Designer"
    /// gives "Augur"; nil when the text does not begin or end with the title, or nothing of a name is left.
    static func withoutTitle(_ text: String, _ title: String) -> String? {
        let words = text.spaceParts, t = title.spaceParts
        guard words.count > t.count, !t.isEmpty else { return nil }
        let same = { (a: ArraySlice<Substring>) in zip(a, t).allSatisfy { $0.lowercased() == $1.lowercased() } }
        let rest: ArraySlice<Substring>
        if same(words.suffix(t.count)) { rest = words.dropLast(t.count) } else if same(words.prefix(t.count)) { rest = words.dropFirst(t.count) } else { return nil }
        let name = rest.joined(separator: " ").trimmingCharacters(in: " -–|:·")
        return rest.count <= 4 && looksLikeName(name) ? name : nil
    }

    /// The page's first heading and the subheading under it that reads as a role, where the heading reads as
    /// none and names the employer or the site: its name, its logo's, its copyright's owner or the host's
    /// spelling, the whole page title; or the page title names the role ("Acme Analytics - Backend Engineer").
    /// (The role may be a later h1 of the page's first three: "Ecological Forecasting Lab" / "Postdoc: …".)
    func employerOverRole() -> (name: String, role: String)? {
        guard let h = headings.first, h.utf8.count <= 60, !PostingLabels.readsAsRole(h), Self.looksLikeName(h),
              !PostingLabels.isGeneric(h),
              let role = (headings.dropFirst().prefix(2) + subheadings.prefix(3)).first(where: { $0.utf8.count <= 100
                  && PostingLabels.readsAsRole($0) && !PostingLabels.isGeneric($0) && !isSiteFurniture($0) }) else { return nil }
        let n = Words.normalized(h), r = Words.normalized(role)
        let pageTitles = [meta["og:title"], titleTag].compactMap { $0 }
        let segments = pageTitles.flatMap(titleSegments).map(Words.normalized)
        guard n != r else { return nil }
        let named = isSiteFurniture(h) || PostingLabels.readsAsCompany(h) || Self.namesResearchUnit(h)
            || (logos + [copyrightOwner, meta["og:site_name"]].compactMap { $0 }).contains { Words.normalized($0) == n }
            || hostLabel.map { Self.spellsAlike($0, h, atLeast: 4) } == true
            || pageTitles.contains { Words.normalized($0) == n }
            || segments.contains(r)
        return named ? (h, role) : nil
    }

    /// The place of a page title's part that is a kind of contract and its place: "CDI à Paris", "Full-time in
    /// Berlin", "Festanstellung in München"; nil for any other.
    static func contractAndPlace(_ s: String) -> String? {
        guard s.utf8.count <= 60,
              let at = [" à ", " in ", " en ", " a ", " te "].lazy.compactMap({ s.byteRange(of: $0) }).first,
              EmploymentType.names(String(s[..<at.lowerBound])) else { return nil }
        let place = String(s[at.upperBound...]).trimmingSpaces
        return Cities.contains(place) || LabelledLines.place(place) != nil ? place : nil
    }

    /// Whether a name ends in a word for a research unit, as a lab's or an institute's own pages head
    /// themselves ("Ecological Forecasting Lab", "Institut für Informatik" is not: the word must end it).
    static func namesResearchUnit(_ name: String) -> Bool {
        guard let last = name.lowercased().letterRuns.last else { return false }
        return researchUnits.contains(String(last))
    }
    /// How a page names a unit of its institution before the unit's own name: "Division of Student Life".
    static let unitOpenings = ["Division of ", "Department of ", "Faculty of ", "School of ", "Office of ", "Abteilung ",
                               "Fachbereich ", "Département ", "Service ", "Departamento de ", "Afdeling ", "Dipartimento di "]
    static let researchUnits: Set<String> = ["lab", "labs", "laboratory", "laboratories", "institute", "centre", "center",
                                             "department", "faculty", "labor", "lehrstuhl", "arbeitsgruppe",
                                             "forschungsgruppe", "laboratoire", "laboratorio", "instituto", "departamento",
                                             "onderzoeksgroep", "vakgroep", "istituto", "dipartimento"]

    /// A title and, after its last word of "at", the employer (`employerAfterJob`): "Kok bij De Walrus" is "Kok"
    /// and "De Walrus".
    static func jobAtEmployer(_ text: String) -> (job: String, employer: String)? {
        for word in TitlePatterns.employerWords {
            guard let at = text.lastByteRange(of: word), case let job = String(text[..<at.lowerBound]).trimmingSpaces,
                  !job.isEmpty, let employer = employerAfterJob(text[at.lowerBound...]) else { continue }
            return (job, employer)
        }
        return nil
    }

    /// The employer after the job in a page title's part, where the heading gives the job alone: a word of "at"
    /// (or the "en" of Spanish and French, of a name that is no place) and a name of up to five words, no role, no
    /// place: " en Pan American Energy", " at Acme", " bei Acme GmbH".
    static func employerAfterJob(_ after: Substring) -> String? {
        guard let word = (TitlePatterns.employerWords + [" en "]).first(where: { after.startsWithBytes($0) }) else { return nil }
        let name = String(after.dropFirst(word.count)).trimmingSpaces
        guard (1...5).contains(name.spaceParts.count), name.first?.isUppercase == true, looksLikeName(name),
              !PostingLabels.readsAsRole(name), !PostingLabels.isGeneric(name), !LabelledLines.isPlaceName(name),
              !Location.isCountry(name) else { return nil }
        return name
    }

    /// The name after " in " that ends what follows a job's title: one to three capitalised words, no role's, no
    /// digits ("in Kleinhausen", "in Bad Breisig"), or nil.
    static func placeAfterIn(_ after: Substring) -> String? {
        guard after.startsWithBytes(" in "), case let name = String(after.dropFirst(4)).trimmingSpaces, !name.isEmpty else { return nil }
        let words = name.spaceParts
        guard words.count <= 3, words.allSatisfy({ w in w.first?.isUppercase == true && !w.contains(where: \.isNumber) }),
              !PostingLabels.readsAsRole(name), !PostingLabels.isGeneric(name), !PostingLabels.readsAsCompany(name) else { return nil }
        return name
    }

    /// A role, a comma and a place: "Java Developer, Houston, TX" ("Senior Mobile Engineer, iOS" is a
    /// title with a comma, no place).
    static func roleAndPlace(_ s: String) -> (role: String, place: String)? {
        guard s.utf8.contains(0x2C), s.utf8.count <= 120 else { return nil }
        var rest = Substring(s)
        while let comma = rest.firstRange(of: ", ") {
            let role = String(s[..<comma.lowerBound]), place = String(s[comma.upperBound...])
            // (written as a name: "APAC" is a region's acronym, not the town of Apac)
            if PostingLabels.readsAsRole(role), !PostingLabels.readsAsRole(place), place.contains(where: \.isLowercase),
               Cities.contains(place) || LabelledLines.place(place) != nil {
                return (role.trimmingSpaces, place.trimmingSpaces)
            }
            rest = rest[comma.upperBound...]
        }
        return nil
    }

    /// The first item of a trail of links, the home page's, in the six languages.
    static let trailStarts: Set<String> = ["home", "homepage", "home page", "start", "startseite", "accueil", "inicio",
                                           "portada", "pagina iniziale", "pagina principale", "beginpagina", "hoofdpagina"]

    /// Whether a role of a few words writes its word for both genders as German does: "Communitybuilder*in",
    /// "Projektmanager:in", "Entwickler_innen", "Mitarbeiter/in".
    static func namesBothGenders(_ role: String) -> Bool {
        let words = role.spaceParts
        return (1...4).contains(words.count) && role.first?.isUppercase == true && words.contains { w in
            let l = w.lowercased()
            return ["*in", ":in", "_in", "/in", "*innen", ":innen", "_innen", "/innen"].contains { l.hasSuffix($0) } && l.utf8.count > 5
        }
    }

    /// The subject of a hiring sentence written in lower case, as Italian, Spanish and French write a public body's
    /// name inside a sentence ("Il dipartimento per la trasformazione digitale è alla ricerca di …"), where the site's
    /// furniture spells it as a name (a footer's link "Dipartimento per la Trasformazione Digitale"): two words or
    /// more, no determiner's ("our team is looking for"). The page's own spelling of it with capitals, if it has one.
    func lowerCaseHiringSubject(_ lines: [String]) -> String? {
        for line in lines.prefix(600) where line.utf8.count >= 16 && LabelledLines.hiringNeedles.matches(line) != 0 {
            guard LabelledLines.hiringSubject(line) == nil, let subject = LabelledLines.hiringSubject(line, anyCase: true) else { continue }
            let words = subject.spaceParts
            let key = Words.normalized(subject)
            guard words.filter({ !LabelledLines.nameJoiners.contains(String($0)) }).count >= 2,
                  !LabelledLines.determiners.contains(String(words[0]).capitalized), furniture.contains(key) else { continue }
            return lines.first { $0.first?.isUppercase == true && Words.normalized($0) == key }
                ?? subject.prefix(1).uppercased() + subject.dropFirst()
        }
        return nil
    }

    /// The one capitalised word a page title's part adds after the site owner's name, that the page's lines also write
    /// after a preposition of place ("van Knokke", "in Knokke", "à Biron"): the owner's town.
    func townAfterName(_ owner: String, lines: [String]) -> String? {
        let name = Words.normalized(owner)
        guard !name.isEmpty else { return nil }
        // (the page's lines with its footer's, read once and only for a word found)
        var allLines: [String]?
        for raw in [titleTag, meta["og:title"]].compactMap({ $0 }) {
            for segment in titleSegments(raw) {
                let words = segment.spaceParts
                guard words.count >= 2, Words.normalized(words.dropLast().joined(separator: " ")) == name,
                      let last = words.last, last.first?.isUppercase == true, last.allSatisfy({ $0.isLetter || $0 == "-" }),
                      last.count >= 3, !PostingLabels.isGeneric(String(last)) else { continue }
                let town = String(last)
                let says = { (line: String) -> Bool in
                    guard line.containsBytes(town) else { return false }
                    let w = line.spaceParts.map { String($0).trimmingCharacters(in: ".,;:!?()") }
                    return zip(w, w.dropFirst()).contains { p, t in t == town && Self.townPrepositions.contains(p.lowercased()) }
                }
                // (the posting's lines, then the footer's: "De oudste brasserie van Knokke")
                if lines.prefix(200).contains(where: says) { return town }
                if allLines == nil { allLines = PlainText.lines(of: doc.body, skippingChrome: false) }
                if allLines!.contains(where: says) { return town }
            }
        }
        return nil
    }
    /// Prepositions of place before a town in a sentence: a title's, and those of origin ("van Knokke", "aus Köln").
    static let townPrepositions = Set(placePrepositions.map(String.init)).union(["van", "de", "di", "aus", "at"])

    /// Whether a heading is an employer's sentence that seeks no role: "MAD Agency is looking for talent",
    /// "Acme is hiring" (not "Acme is looking for a Data Engineer", whose role is the title).
    static func seeksNoRole(_ text: String) -> Bool {
        TitlePatterns.read(text).map { $0.title == nil && $0.company != nil } == true || seeksStaffOnly(text)
    }

    /// Words that come before a role and never end a title ("als", "as", "comme", "for").
    static let wordsBeforeRole: Set<String> = ["als", "as", "comme", "como", "come", "for", "für", "voor", "pour", "para", "per",
                                               "a", "an", "ein", "eine", "einen", "un", "une", "een", "einer"]

    /// Whether a headline hires no one in particular: a name, a verb of hiring, and a word for staff alone, perhaps
    /// praised or new ("MITRA poszukuje pracowników", "Acme sucht neue Mitarbeiter (m/w/d)!", "Bakkerij Jansen zoekt
    /// medewerkers"); not one of a role ("Acme sucht Mitarbeiter im Verkauf").
    static func seeksStaffOnly(_ text: String) -> Bool {
        guard text.utf8.count <= 120 else { return false }
        let lower = " " + text.lowercased() + " "
        guard let verb = staffHiringVerbs.lazy.compactMap({ lower.byteRange(of: $0) }).first,
              !lower[..<verb.lowerBound].trimmingSpaces.isEmpty else { return false }
        var words = lower[verb.upperBound...].spaceParts.map { String($0).trimmingCharacters(in: "!.,:;") }
            .filter { !$0.isEmpty && !$0.hasPrefix("(") && !$0.hasSuffix(")") }
        while let first = words.first, staffPraise.contains(first) { words.removeFirst() }
        return words.count == 1 && staffWords.contains(words[0])
    }
    /// Verbs of hiring between an employer and whom it seeks, in the languages of the EU's job market.
    static let staffHiringVerbs = [" sucht ", " suchen ", " zoekt ", " zoeken ", " busca ", " buscamos ", " contrata ", " recrute ",
                                   " recrutons ", " recherche ", " cerca ", " cerchiamo ", " assume ", " poszukuje ",
                                   " poszukujemy ", " szuka ", " zatrudni ", " söker ", " søger ", " søker ", " procura ",
                                   " is hiring ", " are hiring ", " seeks ", " is looking for ", " are looking for "]
    /// Words for staff that name no role ("Mitarbeiter", "medewerkers", "pracowników", "personal").
    static let staffWords: Set<String> = ["mitarbeiter", "mitarbeiterin", "mitarbeiterinnen", "mitarbeiter/innen", "mitarbeiter*innen",
                                          "mitarbeiter:innen", "mitarbeitende", "personal", "verstärkung", "unterstützung",
                                          "medewerkers", "medewerker", "collega's", "collega", "personeel", "versterking",
                                          "staff", "employees", "workers", "people", "talent", "colleagues", "help",
                                          "pracowników", "pracownika", "pracownik", "osób", "trabajadores", "empleados",
                                          "colaboradores", "talento", "collaborateurs", "collaboratrices", "talents",
                                          "personnel", "collaboratori", "personale", "dipendenti", "medarbetare",
                                          "kollegor", "medarbejdere", "medarbeidere", "kolleger", "funcionários",
                                          "pessoas", "profissionais"]
    /// Words that praise or count the staff sought, before it ("neue", "engagierte", "new", "nowych").
    static let staffPraise: Set<String> = ["neue", "neuen", "weitere", "engagierte", "motivierte", "new", "more", "additional",
                                           "nieuwe", "enthousiaste", "gemotiveerde", "nuevos", "nuevas", "nouveaux",
                                           "nouvelles", "nuovi", "nuove", "nya", "fler", "flere", "nye", "nowych", "novos",
                                           "novas", "great", "talented"]

    /// A title without a trailing " job" (listing sites append it), nor a place after a comma.
    func cleanTitle(_ t: String) -> String {
        var t = t
        // "Home > Jobs > Staff Accountant": a trail of links written out on one line is its last item
        for sep in [" > ", " » ", " › ", " / "] where t.containsBytes(sep) {
            let items = t.splitBytes(sep).map(\.trimmingSpaces)
            if items.count >= 3, Self.trailStarts.contains(items[0].lowercased()), let last = items.last, !last.isEmpty {
                t = last
                break
            }
        }
        if let (role, _) = Self.roleAndPlace(t) { t = role }
        // "Vacature Junior Adviseur", "Stellenangebot: Elektriker": the board's word for a posting before the title
        // (and an applicant-tracking system's form for it: "Job Application for UI/UX Designer at Acme")
        for prefix in Self.vacancyOpeners + ["Job: ", "Vaga ", "Application for ", "Apply for "] where t.startsWithBytes(prefix) {
            t.removeFirst(prefix.count)
        }
        // (a board's heading "Jobs for Customer Support Executive", where a role follows: not "Jobs for Students")
        // (… or a headline's "Hiring": "Hiring Software Engineer", "Now Hiring: Barista")
        for prefix in ["Jobs for ", "Job for ", "Now Hiring: ", "Now hiring: ", "Now Hiring ", "Now hiring ", "Hiring: ", "Hiring "]
        where t.startsWithBytes(prefix) && PostingLabels.readsAsRole(String(t.dropFirst(prefix.count))) {
            t.removeFirst(prefix.count)
        }
        // (a field after the word is no title: "Offre d'emploi Cloud Native" names a careers page; after a colon it is)
        if let (rest, colon) = Self.afterPostingWord(t), !rest.isEmpty, colon || PostingLabels.readsAsRole(rest) { t = rest }
        // "We're hiring a Data Engineer!", "Wir suchen dich als …", "Buscamos …": the words that seek the role
        let lowered = t.lowercased()
        if let opener = Self.seekingOpeners.first(where: { lowered.startsWithBytes($0) }) {
            // (up to its exclamation: "Communitybuilder*in! (80%, ab Januar 2020)")
            var rest = String(t.dropFirst(opener.count).prefix { $0 != "!" }).trimmingCharacters(in: " !.")
            // (past a phrase of when or why before the article: "Wir suchen zum nächstmöglichen Zeitpunkt einen Schreiner",
            // "Wir suchen ab sofort eine Pflegefachkraft", "Wir suchen zur Verstärkung unseres Teams eine/n …")
            // (and past an article for both genders: "Wir suchen eine/n Bürokauffrau/-mann (m/w/d)", "Nous recrutons un(e) …")
            let words = rest.spaceParts
            if let first = words.first, Self.whenWords.contains(first.lowercased()),
               let k = words.prefix(7).firstIndex(where: { Self.articlesForBoth.contains($0.lowercased()) }), k > 0, k + 1 < words.count {
                rest = words[(k + 1)...].joined(separator: " ")
            } else if let first = words.first, words.count > 1, Self.articlesForBoth.contains(first.lowercased()) {
                rest = words.dropFirst().joined(separator: " ")
            }
            // (the role ends where a preposition takes the employer's own: "een servicemonteur voor onze vestiging",
            // "en servicetekniker till vårt team", "um técnico para a nossa equipa", "a Service Technician to join our team")
            let sought = rest.spaceParts
            // (… or an Italian infinitive after "da": "un tecnico da inserire nel nostro team")
            if let k = sought.indices.dropFirst().first(where: { k in
                guard k + 1 < sought.count, case let next = sought[k + 1].lowercased().trimmingCharacters(in: ",.") else { return false }
                return Self.rolePrepositions.contains(sought[k].lowercased()) && Self.ownWords.contains(next)
                    || sought[k] == "da" && ["are", "ere", "ire"].contains(where: { next.hasSuffix($0) })
                    // (… or where the experience it asks for begins: "un cameriere di sala con esperienza")
                    || Self.withWords.contains(sought[k].lowercased()) && Self.experienceWords.contains(next)
            }) {
                rest = sought[..<k].joined(separator: " ")
            }
            // (after an article the words are the one sought, known as a role or not, in a short phrase: "Vi søker en
            // blikkenslager med fagbrev")
            if PostingLabels.readsAsRole(rest) || PostingLabels.hasGenderMark(rest.lowercased()) || Self.namesBothGenders(rest)
                || Self.endsOnArticle(opener) && (1...5).contains(rest.spaceParts.count) && !rest.contains(",") {
                t = rest
            }
        }
        // "Become a Data Engineer", "Devenir agent chez Acme", "Werde Elektriker (m/w/d)": the words that offer the role
        // (and its employer after a word of "at": the page title's patterns read it)
        if let opener = Self.becomeOpeners.first(where: { lowered.startsWithBytes($0) }) {
            var rest = String(t.dropFirst(opener.count)).trimmingCharacters(in: " !.")
            if let at = TitlePatterns.employerWords.lazy.compactMap({ rest.byteRange(of: $0) }).first { rest = String(rest[..<at.lowerBound]) }
            if PostingLabels.readsAsRole(rest) || PostingLabels.hasGenderMark(rest.lowercased()) { t = rest }
        }
        // "Zahnarztpraxis sucht zahnmedizinische Fachangestellte", "Acme is hiring a Data Engineer": a name and the
        // verb of seeking before the role
        if let (_, role) = LabelledLines.nameSeeking(t), PostingLabels.readsAsRole(role) || PostingLabels.hasGenderMark(role.lowercased()) {
            t = role
        }
        // "Data Engineer gesucht!", "Kok gezocht": the word for sought after it
        for sought in [" gesucht!", " gesucht", " gezocht!", " gezocht", " recherché(e)", " cercasi"] where t.hasSuffix(sought) {
            t.removeLast(sought.count)
        }
        // "Analista de Sistemas (v1253580)", "Data Engineer (Ref. 2024-17)": the board's reference after the title
        if t.hasSuffix(")"), let open = t.lastIndex(of: "("), open > t.startIndex {
            let ref = t[t.index(after: open)..<t.index(before: t.endIndex)]
            let named = ["ref", "ref.", "id", "job id", "req", "réf", "réf.", "kennziffer", "referenz"].contains { ref.lowercased().startsWithBytes($0 + " ") }
            if !ref.contains(" ") || named, ref.filter(\.isNumber).count >= 4 { t = String(t[..<open]).trimmingSpaces }
        }
        // "Data Engineer (m/w/d) – Vollzeit – Berlin", "Data Engineer – Remote (EU)": facts after a dash are no title
        if let (role, _) = Self.dashFacts(t) { t = role }
        // "Maths Tutor vacancy, posted on 13/10/2017": the board's words after the title
        for mark in [", posted on ", " - posted on ", ", posted ", " posted on "] {
            if let r = t.byteRange(of: mark) { t = String(t[..<r.lowerBound]) }
        }
        for suffix in [" job", " Job", " vacancy", " Vacancy"] where t.hasSuffix(suffix) { t.removeLast(suffix.count) }
        // a mark the design sets after the title, "OOH Consultant<span class="slash">/</span>"
        // (a bracket or a language's sign closes a title: "Developer (m/w/d)", "C++")
        // (and a separator the page title left dangling: "SparX - DevOps Engineer –"; or a heading's colon, "Senior PHP
        // Developer:")
        while let last = t.unicodeScalars.last, ["/", "|", "·", "•", "\\", "-", "–", "—", ":"].contains(last), t.utf8.count > 1 {
            t.removeLast()
            t = t.trimmingSpaces
        }
        return t.trimmingSpaces
    }
}

