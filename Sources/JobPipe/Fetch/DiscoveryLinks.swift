/// Picks, among a page's links, the best same-site link for each role not yet taken.
enum DiscoveryLinks {
    static func best(in html: String, base: WebURL, taken: Set<String>, seen: Set<String>) -> [(String, WebURL)] {
        let doc = HTMLTree(html, url: base.text, scripting: false)
        var best: [String: (score: Int, url: WebURL)] = [:]
        var count = 0
        withExtendedLifetime(doc) { doc.walk { node in
            guard node.is(.a), let href = node.attribute("href") else { return true }
            count += 1
            guard count <= 2000 else { return false }
            let lower = href.lowercased()
            if lower.hasPrefix("mailto:") || lower.hasPrefix("tel:") || lower.hasPrefix("javascript:") || lower.hasPrefix("#") {
                return false
            }
            guard let url = WebURL(href, base: base), url.sameSite(as: base), !seen.contains(url.text),
                  let (role, score) = Discovery.classify(path: url.pathAndQuery, text: node.text),
                  !taken.contains(role) else { return false }
            if score > best[role]?.score ?? 0 { best[role] = (score, url) }
            return false
        } }
        var picked: [(String, WebURL)] = []
        var used: Set<String> = []
        for role in Discovery.roles {
            guard let choice = best[role], !used.contains(choice.url.text) else { continue }
            used.insert(choice.url.text)
            picked.append((role, choice.url))
        }
        return picked
    }
}
