/// The Public Suffix List (publicsuffix.org), parsed once at first use from the
/// generated `publicSuffixRules`: which top-level domains exist, and where a
/// host's registrable domain ("eTLD+1") begins.
public struct PublicSuffixList: Sendable {
    /// Plain rules (`com`, `co.uk`), wildcard parents (`ck` for `*.ck`) and
    /// exceptions (`www.ck` for `!www.ck`).
    private let rules: Set<String>
    private let wildcards: Set<String>
    private let exceptions: Set<String>
    private let topLevel: Set<String>

    public static let shared = PublicSuffixList(text: publicSuffixRules)

    init(text: String) {
        var rules = Set<String>(), wildcards = Set<String>(), exceptions = Set<String>(), top = Set<String>()
        for line in text.split(separator: "\n") {
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("!") {
                exceptions.insert(String(line.dropFirst()))
            } else if line.hasPrefix("*.") {
                wildcards.insert(String(line.dropFirst(2)))
            } else {
                rules.insert(String(line))
            }
            if let last = line.split(separator: ".").last, last != "*" {
                top.insert(String(last.hasPrefix("!") ? last.dropFirst() : last))
            }
        }
        self.rules = rules
        self.wildcards = wildcards
        self.exceptions = exceptions
        topLevel = top
    }

    /// Whether `label` (lower case, Unicode or punycode) is a top-level domain.
    public func isTopLevelDomain(_ label: some StringProtocol) -> Bool {
        topLevel.contains(String(label))
    }

    /// The public suffix of a lower-case host (`co.uk` for `www.acme.co.uk`);
    /// an unlisted top-level label counts as its own suffix (the list's `*` rule).
    public func publicSuffix(of host: String) -> String {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard !labels.isEmpty else { return host }
        for start in labels.indices {
            let candidate = labels[start...].joined(separator: ".")
            if exceptions.contains(candidate) { return labels[(start + 1)...].joined(separator: ".") }
            if rules.contains(candidate) { return candidate }
            if start + 1 < labels.count, wildcards.contains(labels[(start + 1)...].joined(separator: ".")) {
                return candidate
            }
        }
        return String(labels.last!)
    }

    /// The registrable domain: the public suffix and one label more; nil when
    /// the host is itself a public suffix.
    public func registrableDomain(of host: String) -> String? {
        let host = host.lowercased()
        let suffix = publicSuffix(of: host)
        guard host.count > suffix.count, host.hasSuffix("." + suffix) else { return nil }
        let rest = host.dropLast(suffix.count + 1)
        let label = rest.split(separator: ".").last.map(String.init) ?? String(rest)
        return label + "." + suffix
    }
}
