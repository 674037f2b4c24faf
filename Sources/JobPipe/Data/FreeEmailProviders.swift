/// The shipped list of free and consumer mailbox providers.
public enum FreeEmailProviders {
    static let domains: Set<String> = Set(freeEmailProviderDomains.split(separator: "\n").map(String.init))

    /// Whether a lower-case domain is a free provider's (subdomains included).
    public static func contains(_ domain: String) -> Bool {
        var d = Substring(domain)
        while true {
            if domains.contains(String(d)) { return true }
            guard let dot = d.firstIndex(of: ".") else { return false }
            d = d[d.index(after: dot)...]
        }
    }
}
