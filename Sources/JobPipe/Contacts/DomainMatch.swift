/// How an address's domain relates to the company's site.
public enum DomainMatch: String, Sendable {
    /// The same host (`acme.de` and `acme.de` or `www.acme.de`).
    case exact
    /// One is a subdomain of the other (`jobs.acme.de`, `acme.de`).
    case subdomain
    /// Another host under the same registrable domain (`mail.acme.de`, `jobs.acme.de`).
    case related
    /// Anything else, or no company site known.
    case none

    /// Compares lower-case hosts; a leading `www.` of the site does not count.
    public static func of(domain: String, site: String?) -> DomainMatch {
        guard var site, !site.isEmpty else { return .none }
        if site.hasPrefix("www.") { site.removeFirst(4) }
        if domain == site { return .exact }
        if domain.hasSuffix("." + site) || site.hasSuffix("." + domain) { return .subdomain }
        let psl = PublicSuffixList.shared
        if let a = psl.registrableDomain(of: domain), a == psl.registrableDomain(of: site) { return .related }
        return .none
    }
}

/// The company's site host for a record: its `domain` field, else the host of
/// its `url`, else the host of the seed page (or first page) it was fetched from.
func companyHost(of record: Record, pages: [JSON]) -> String? {
    if let d = record.string("domain"), let h = hostName(d) { return h }
    if let u = record.string("url"), let h = hostName(u) { return h }
    let seed = pages.first { $0["role"]?.stringValue == "seed" } ?? pages.first
    if let s = seed, let u = s["final_url"]?.stringValue ?? s["url"]?.stringValue { return hostName(u) }
    return nil
}

/// The lower-case host of a URL or of a bare host name (`acme.de`, `acme.de/jobs`).
func hostName(_ text: String) -> String? {
    let t = text.trimmingSpaces
    if t.contains("://") {
        guard let url = WebURL(t), !url.host.isEmpty else { return nil }
        return url.host.lowercased()
    }
    let host = t.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? t
    let bare = host.split(separator: ":").first.map(String.init) ?? host
    let h = bare.lowercased().trimmingCharacters(".")
    return h.isEmpty ? nil : h
}

extension String {
    func trimmingCharacters(_ c: Character) -> String {
        var s = Substring(self)
        while s.first == c { s.removeFirst() }
        while s.last == c { s.removeLast() }
        return String(s)
    }
}
