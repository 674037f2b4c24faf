/// Personio's XML feed (`https://{company}.jobs.personio.de/xml`, documented
/// at developer.personio.de, "Retrieving open job positions"):
/// `<workzag-jobs><position>` with `id`, `subcompany`, `office`,
/// `department`, `name`, `employmentType`, `schedule`, `createdAt` and
/// `<jobDescriptions><jobDescription><name/><value>` (HTML, in CDATA).
/// A small reader of just that: elements, text, CDATA and the XML entities.
enum PersonioFeed {
    static func read(_ body: String, board: Board) throws(FeedReader.BadFeed) -> FeedReader.Page {
        let xml = Array(body.utf8)
        guard XMLScan.find(xml, "<workzag-jobs", from: 0) != nil else {
            throw FeedReader.BadFeed(message: "the personio feed is not a <workzag-jobs> document")
        }
        var page = FeedReader.Page()
        for position in XMLScan.elements(xml, "position", in: 0..<xml.count) {
            guard let id = XMLScan.text(xml, "id", in: position) else { continue }
            var f = FeedPosting(id: id)
            f.url = "https://\(board.name).jobs.personio.\(board.domain)/job/\(id)"
            f.posting.title = XMLScan.text(xml, "name", in: position)
            f.posting.company = XMLScan.text(xml, "subcompany", in: position)
            f.posting.location = XMLScan.text(xml, "office", in: position)
            f.posting.remote = FeedReader.mentionsRemote(f.posting.location)
            let schedule = XMLScan.text(xml, "schedule", in: position)
            let kind = XMLScan.text(xml, "employmentType", in: position)
            // `schedule` says full or part time; `employmentType` intern, trainee, freelance or permanent
            switch kind?.lowercased() {
            case "intern", "trainee": f.posting.employmentType = "internship"
            case "freelance": f.posting.employmentType = "contract"
            case "temporary": f.posting.employmentType = "temporary"
            default: f.posting.employmentType = (schedule ?? kind).flatMap(EmploymentType.normalized)
            }
            f.department = XMLScan.text(xml, "department", in: position)
            var html = ""
            for d in XMLScan.elements(xml, "jobDescription", in: position) {
                if let heading = XMLScan.text(xml, "name", in: d) { html += "<h3>" + heading.escapedForHTML + "</h3>\n" }
                if let value = XMLScan.text(xml, "value", in: d) { html += value + "\n" }
            }
            f.posting.description = html.isEmpty ? nil : PlainText.ofFragment(html).nilIfEmpty
            f.updatedAt = XMLScan.text(xml, "createdAt", in: position)
            f.posting.datePosted = f.updatedAt.flatMap(SchemaPosting.date)
            page.postings.append(FeedReader.finished(f))
        }
        return page
    }
}

/// Just enough XML for a feed: the ranges of elements by name (not nested
/// in themselves), and an element's text with CDATA kept and entities decoded.
enum XMLScan {
    static func find(_ b: [UInt8], _ needle: String, from: Int, to end: Int? = nil) -> Int? {
        let n = Array(needle.utf8), end = end ?? b.count
        guard !n.isEmpty, end - n.count >= from else { return nil }
        var i = from
        while i <= end - n.count {
            if b[i] == n[0], b[i..<(i + n.count)].elementsEqual(n) { return i }
            i += 1
        }
        return nil
    }

    /// Where a CDATA section that starts at `i` ends (after `]]>`), or nil when none starts there.
    static func cdataEnd(_ b: [UInt8], _ i: Int, _ end: Int) -> Int? {
        guard i + 9 <= end, b[i..<(i + 9)].elementsEqual("<![CDATA[".utf8) else { return nil }
        return find(b, "]]>", from: i + 9, to: end).map { $0 + 3 } ?? end
    }

    /// The contents of each `<name>…</name>` (or `<name attr>`) directly or deeper in `range`.
    static func elements(_ b: [UInt8], _ name: String, in range: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        let open = Array(("<" + name).utf8), close = "</" + name + ">"
        var i = range.lowerBound
        while i < range.upperBound {
            if let after = cdataEnd(b, i, range.upperBound) { i = after; continue }
            guard b[i] == 0x3C, i + open.count < range.upperBound, b[i..<(i + open.count)].elementsEqual(open) else { i += 1; continue }
            let next = b[i + open.count]
            guard next == 0x3E || next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D || next == 0x2F else { i += 1; continue }
            guard let gt = find(b, ">", from: i, to: range.upperBound) else { break }
            if b[gt - 1] == 0x2F { found.append((gt + 1)..<(gt + 1)); i = gt + 1; continue }  // <name/>
            // the closing tag, CDATA skipped
            var j = gt + 1, stop: Int?
            while j < range.upperBound {
                if let after = cdataEnd(b, j, range.upperBound) { j = after; continue }
                if b[j] == 0x3C, let c = find(b, close, from: j, to: min(range.upperBound, j + close.utf8.count)), c == j { stop = j; break }
                j += 1
            }
            guard let stop else { break }
            found.append((gt + 1)..<stop)
            i = stop + close.utf8.count
        }
        return found
    }

    /// The text of the first `<name>` in `range`: CDATA as it is, the rest with entities decoded, trimmed; nil when empty.
    static func text(_ b: [UInt8], _ name: String, in range: Range<Int>) -> String? {
        guard let r = elements(b, name, in: range).first else { return nil }
        var out: [UInt8] = [], i = r.lowerBound
        while i < r.upperBound {
            if let after = cdataEnd(b, i, r.upperBound) {
                out += b[(i + 9)..<max(i + 9, min(after - 3, r.upperBound))]
                i = after
                continue
            }
            if b[i] == 0x26, let semi = find(b, ";", from: i, to: min(r.upperBound, i + 12)) {
                let entity = String(decoding: b[(i + 1)..<semi], as: UTF8.self)
                if let decoded = entityText(entity) { out += decoded.utf8; i = semi + 1; continue }
            }
            out.append(b[i])
            i += 1
        }
        let s = String(decoding: out, as: UTF8.self).trimmingSpaces
        return s.isEmpty ? nil : s
    }

    static func entityText(_ e: String) -> String? {
        switch e {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            var v: UInt32?
            if e.hasPrefix("#x") || e.hasPrefix("#X") { v = UInt32(e.dropFirst(2), radix: 16) } else if e.hasPrefix("#") { v = UInt32(e.dropFirst()) }
            return v.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}

extension String {
    /// `<`, `>` and `&` as character references, for text put into HTML.
    var escapedForHTML: String {
        replacingAll("&", with: "&amp;").replacingAll("<", with: "&lt;").replacingAll(">", with: "&gt;")
    }
}
