/// Reads one posting page: JSON-LD first, then microdata/RDFa, then the
/// page heuristics, each filling only what the one before left empty.
/// Skills come from the description only.
enum PostingReader {
    static func read(html: UnsafeBufferPointer<UInt8>, url: String?) -> Posting? {
        // `html` outlives the read (the caller holds it), so the tree need not copy it
        let doc = HTMLTree(borrowing: html, url: url)
        // a saved page (a file, or no address at all) is read at the address it states as its own
        if url.map({ !$0.lowercased().hasPrefix("http") }) ?? true, let stated = statedAddress(doc) ?? savedAddress(html) {
            doc.url = stated
        }
        // nodes do not keep their tree alive
        return withExtendedLifetime(doc) { read(doc) }
    }

    private static func read(_ doc: HTMLTree) -> Posting? {
        let jsonLD = jsonLDValues(doc)
        var structured = pagesOwn(SchemaPosting.jobPostings(in: jsonLD).map { SchemaPosting.posting(from: $0, source: .jsonld) }, in: doc)
        if let micro = pagesOwn(Microdata.jobPostings(in: doc).map { SchemaPosting.posting(from: $0, source: .microdata) }, in: doc) {
            if structured == nil { structured = micro } else { structured!.fillGaps(from: micro) }
        }
        var posting: Posting
        // (the page's lines are read always: to see that it shows its markup, and for what markup leaves out)
        var lines = PlainText.lines(of: doc.body, skippingChrome: true)
        // markup whose job and employer the page never shows is another page's (a theme's demo posting
        // left in): the page is read alone. (A page of a line or two shows nothing to weigh the markup against:
        // an app's shell before its script fills it, "You need to enable JavaScript to run this app.")
        let thin = lines.count < 3
        if let s = structured, !thin, !pageShows(s, lines: lines) { structured = nil }
        // (such a page is read through its markup's description, the text its script would show)
        if thin, let d = structured?.description { lines += d.nonEmptyLines }
        // markup that names an employer, on a page that says its posting is for a client it does not name
        // ("Notre client est une FinTech …", "Unser Auftraggeber ist …"), is the recruiter's: the site's own name, or
        // on a board the staffing agency that posted it. Whoever names the client in its markup does not hide it in
        // its text: the employer is confidential
        if structured?.company != nil, UnnamedClient.isSpokenOf(in: lines) {
            structured!.company = "Confidential"
            structured!.evidence["company"] = "text"
        }
        // (a markup place of no town, "Germany", is one the page's own may say more precisely; but not a remote
        // job's, whose country is where its people may live)
        let placeOfNoTown = structured?.placeOfNoTown == true || structured?.location.map(Location.isOnlyCountryOrRegion) ?? false
        let vaguePlace = structured?.remote != true && placeOfNoTown
        let needsPage = structured.map { $0.title == nil || $0.company == nil || $0.location == nil || $0.description == nil }
            ?? true || vaguePlace
        let labels = LabelledLines(lines: lines)
        // the markup's place as the page writes it; or, where the page never names it and its header says the
        // work is remote somewhere ("Remote (US/EU)" over the employer's home town), the header's words
        if let location = structured?.location {
            let labelledPlace = labels.location
            if let shown = Location.asWrittenOnPage(location, labelled: labelledPlace, lines: lines) {
                structured!.location = shown
            } else if let line = labels.workplaceLine, line.arrangement == .remote,
                      !Location.named(location, in: lines) {
                structured!.location = line.said
            } else if let placed = labelledPlace, WorkArrangement.stated(placed) == nil, !Location.isOnlyCountryOrRegion(placed),
                      placeOfNoTown || !Location.named(location, in: lines) {
                // the page's labelled place, where the markup's says less ("Germany" where the page labels "Berlin")
                // or names a town the page never writes (the head office's; "Munich" where the page labels "München")
                structured!.location = placed
                structured!.evidence["location"] = "label"
            } else if let bare = Location.withoutUnwrittenCodes(location, lines: lines) {
                structured!.location = bare
            }
        }
        let pageDescription = {
            MainContent.element(in: doc).map { main -> String in
                let container = (main.is(.ul) || main.is(.ol)) ? (main.container ?? main) : main
                return MainContent.withSections(container).map { PlainText.of($0, skippingChrome: true) }
                    .joined(separator: "\n")
            }
        }
        var description: String?
        if needsPage {
            description = pageDescription()
            // the page's own evidence is weighed only when the markup leaves a field empty
            let fromPage = PageHeuristics(doc: doc).posting(labels: labels, description: description?.nilIfEmpty,
                                                            organizationPlace: { Location.ofOrganization(in: jsonLD) })
            if var s = structured {
                // the town the page's header, title or breadcrumb names, where the markup names no town
                if vaguePlace, s.evidence["location"] != "label", let town = fromPage.location,
                   ["header", "title", "breadcrumb", "url", "text"].contains(fromPage.evidence["location"]),
                   !Location.isOnlyCountryOrRegion(town), WorkArrangement.stated(town) == nil {
                    s.location = town
                    s.evidence["location"] = fromPage.evidence["location"]
                }
                s.fillGaps(from: fromPage)
                posting = s
            } else {
                posting = fromPage
            }
        } else {
            posting = structured!
        }
        // a page that says its posting is for a client it does not name, whose employer the page heuristics chose from
        // the site's own name (its name, owner, host, logo, page title, meta, mail or links), is the recruiter's: the employer is
        // confidential, as where its markup names the recruiter ("CTO — Scale-up SaaS | Offre Alveris" over "Notre
        // client est …")
        if structured?.company == nil, let company = posting.company, company != "Confidential",
           isRecruitersOwnName(from: posting.evidence["company"], lines: lines) {
            posting.company = "Confidential"
            posting.evidence["company"] = "text"
        }
        // a staffing agency's posting on a page that tags it as one, or signed by one of the large firms, for a client
        // it does not name
        if let company = posting.company, company != "Confidential", !lines.isEmpty,
           StaffingAgency.isTagged(in: lines) || StaffingAgency.isLargeFirm(company),
           !StaffingAgency.hiresForItself(posting.title), UnnamedClient.client(in: lines).map({ $0 == .unnamed }) ?? true {
            posting.company = "Confidential"
            posting.evidence["company"] = "text"
        }
        // a markup description of a sentence or two is a summary: the page's own text holds the skills
        var summarised: String?
        if structured != nil, let d = posting.description, d.utf8.count < 400 {
            summarised = needsPage ? description : pageDescription()
        }
        if posting.salary == nil, let d = posting.description {
            posting.salary = d.nonEmptyLines.lazy.compactMap { SalaryReader.text($0) }.first
        }
        // what the page itself states about remote work beats markup that says only "TELECOMMUTE"
        if !lines.isEmpty {
            let labelled = labels.labelledArrangement
            if let stated = labelled ?? labels.workplaceLine?.arrangement {
                if stated != posting.workplace { posting.state(stated, from: labelled != nil ? "label" : "header") }
            } else if posting.workplace == .remote, posting.evidence["remote"] == structured?.source.rawValue,
                      WorkArrangement.inText(lines.joined(separator: "\n")) == .hybrid {
                // markup that says only "TELECOMMUTE" of a posting whose page states no arrangement of its own but puts
                // the work in the employer's office and lets it be done from home some of the time ("in unserem Büro
                // in Bad Breisig …", "Möglichkeit zum Homeoffice") is a hybrid job's
                posting.state(.hybrid, from: "page")
            }
        }
        if posting.workplace == nil, posting.remote == nil {
            if !lines.isEmpty, let (v, _) = labels.labelled(PostingLabels.location), let w = WorkArrangement.inLocation(v) {
                // the page's labelled place as written ("Location: California · On-site"), where the markup's is bare
                posting.state(w, from: "location")
            } else if let w = posting.location.flatMap(WorkArrangement.inLocation) {
                // the markup's own place or title, read as the page's would be: "Remote, US", "Berlin (Hybrid)",
                // "Backend Engineer (Remote)"
                posting.state(w, from: "location")
            } else if let w = posting.title.flatMap(WorkArrangement.inLocation) {
                posting.state(w, from: "title")
            } else if let w = posting.description.flatMap(WorkArrangement.inText) {
                posting.state(w, from: "description")
            } else if structured?.description != nil, !lines.isEmpty, let w = WorkArrangement.inText(lines.joined(separator: "\n")) {
                // the markup's description may be cut short ("In deze rol zorg jij ervoor…"): the page's own text then
                posting.state(w, from: "page")
            }
        }
        // a posting that names its place of work and never speaks of remote work is not remote
        // (the arrangement itself stays unknown: on-site or hybrid, the page does not say)
        if posting.remote == nil, posting.location != nil, !lines.isEmpty || posting.description != nil,
           !WorkArrangement.spokenOf(in: lines, description: posting.description) {
            posting.remote = false
            posting.evidence["remote"] = "unstated"
        }
        if let company = posting.company { posting.company = PageHeuristics.cleanCompany(company) }
        // the employer's own name is not one of the posting's skills
        let employer = posting.company.map { Profile.normalized($0) }
        // a line of hashtags in the posting's header names its technologies ("#Azure #AWS #Keras #Scikit-Learn")
        let tags = lines.prefix(60).filter(Self.isHashtagLine).map { $0.replacingAll("#", with: "").replacingAll(" ", with: ", ") }
        let skillText = ([posting.description, posting.skillText, summarised].compactMap { $0 } + tags).joined(separator: "\n")
        posting.skills = SkillMatcher().skills(in: skillText).filter { Profile.normalized($0.name) != employer }
        return posting
    }

    /// Whether an employer the page heuristics found in `place`, on a page of these lines, is a recruiter's own name:
    /// the site's own (its name, owner, host, logo or page title) on a page that speaks of a client it does not name.
    static func isRecruitersOwnName(from place: String?, lines: [String]) -> Bool {
        guard let place, siteOwnPlaces.contains(place) else { return false }
        return UnnamedClient.isSpokenOf(in: lines)
    }
    /// (not "url": the employer's own account on an applicant-tracking system, lever.co/acme)
    static let siteOwnPlaces: Set<String> = ["site_name", "owner", "host", "logo", "social", "title", "og:title", "meta", "mail", "link"]

    /// Whether a line is three or more hashtags and nothing else: "#Azure #GCP #AWS".
    static func isHashtagLine(_ line: String) -> Bool {
        guard line.utf8.first == 0x23, line.utf8.count <= 200 else { return false }
        let words = line.spaceParts
        return words.count >= 3 && words.allSatisfy { $0.hasPrefix("#") && $0.utf8.count > 1 }
    }

    /// Of the page's postings in markup, the one it shows. A page may also mark up
    /// other jobs (a sidebar of related jobs): the posting whose title (and
    /// employer) the page's `<title>`, `og:title` or first `h1` writes is the
    /// page's own; with no such agreement, the first.
    static func pagesOwn(_ postings: [Posting], in doc: HTMLTree) -> Posting? {
        guard postings.count > 1 else { return postings.first }
        var names: [String] = []
        if let t = doc.elements(.title).first?.text { names.append(Words.normalized(t)) }
        if let h = doc.elements(.h1).first?.text { names.append(Words.normalized(h)) }
        if let og = doc.elements(.meta).first(where: { $0.attribute("property")?.lowercased() == "og:title" }),
           let t = og.attribute("content") {
            names.append(Words.normalized(t))
        }
        func support(_ p: Posting) -> Int {
            let title = p.title.map(Words.normalized) ?? "", company = p.company.map(Words.normalized) ?? ""
            return names.reduce(0) { sum, name in
                sum + (Words.contains(name, title) ? 2 : 0) + (Words.contains(name, company) ? 1 : 0)
            }
        }
        var best = postings[0], bestSupport = support(best)
        for p in postings.dropFirst() {
            let s = support(p)
            if s > bestSupport { best = p; bestSupport = s }
        }
        return best
    }

    /// Whether the page's lines show the marked-up posting: its title (or most of its words), or
    /// its employer. A posting with no employer is taken as shown.
    static func pageShows(_ p: Posting, lines: [String]) -> Bool {
        guard let company = p.company, let title = p.title else { return true }
        // (the text's words between spaces, made once: each test is a search of its bytes)
        let text = " " + Words.normalized(lines.prefix(200).joined(separator: " ")) + " "
        let has = { (words: String) in !words.isEmpty && text.containsBytes(" " + words + " ") }
        if has(Words.normalized(company)) || has(Words.normalized(title)) { return true }
        let words = Words.normalized(title).spaceParts.filter { $0.utf8.count >= 3 }
        let seen = words.filter { has(String($0)) }.count
        return seen * 2 >= words.count && !words.isEmpty
    }

    /// The address a page states as its own: its canonical link, or failing that its `og:url`; an
    /// http(s) address only, of a path past the site's root (a site's home is no posting's address).
    static func statedAddress(_ doc: HTMLTree) -> String? {
        let canonical = doc.elements(.link).first { $0.attribute("rel")?.lowercased() == "canonical" }?.attribute("href")
        let og = doc.elements(.meta).first { $0.attribute("property")?.lowercased() == "og:url" }?.attribute("content")
        for address in [canonical, og].compactMap({ $0?.trimmingSpaces }) {
            guard let u = WebURL(address), u.isHTTP, !(u.pathAndQuery == "/" || u.pathAndQuery.isEmpty) else { continue }
            return address
        }
        return nil
    }

    /// The address a saved page's saver wrote at its top: a browser's "<!-- saved from url=(0047)https://…/ -->",
    /// HTTrack's "<!-- Mirrored from www.acme.com/careers/engineer by HTTrack Website Copier/3.x … -->". An
    /// http(s) address only, of a path past the site's root, as `statedAddress`.
    static func savedAddress(_ html: UnsafeBufferPointer<UInt8>) -> String? {
        let head = String(decoding: UnsafeBufferPointer(rebasing: html.prefix(4096)), as: UTF8.self)
        var address: String?
        if let r = head.byteRange(of: "<!-- saved from url=("), let close = head[r.upperBound...].firstIndex(of: ")") {
            address = String(head[head.index(after: close)...].prefix { !$0.isWhitespace })
        } else if let r = head.byteRange(of: "<!-- Mirrored from "), case let rest = String(head[r.upperBound...]),
                  let by = rest.byteRange(of: " by HTTrack") {
            address = "https://" + rest[..<by.lowerBound]
        }
        guard let a = address, let u = WebURL(a), u.isHTTP, !(u.pathAndQuery == "/" || u.pathAndQuery.isEmpty) else { return nil }
        return a
    }

    /// The values of every `<script type="application/ld+json">`.
    static func jsonLDValues(_ doc: HTMLTree) -> [JSON] {
        var values: [JSON] = []
        for node in doc.elements(.script) {
            if let type = node.attribute("type")?.lowercased(), type.hasPrefix("application/ld+json") {
                var text: [UInt8] = []
                for child in node.children { child.withContent { text.append(contentsOf: $0) } }
                values += LenientJSON.values(in: String(decoding: text, as: UTF8.self))
            }
        }
        return values
    }
}
