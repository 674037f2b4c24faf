import CPSL

/// The Public Suffix List (publicsuffix.org), as libpsl reads it: which
/// top-level domains exist, and where a host's registrable domain ("eTLD+1")
/// begins. Rules of both sections count (ICANN and private: `github.io`), and
/// so do wildcards (`*.ck`) and their exceptions (`!www.ck`).
///
/// The data is `psl_latest(NULL)`: Debian's `publicsuffix` package
/// (`/usr/share/publicsuffix/public_suffix_list.dafsa`) when it is newer than
/// the list compiled into libpsl, else the compiled-in list. On Debian 12 both
/// are publicsuffix 20230209.2326-1 today (the same file the bundled copy was);
/// when Debian updates `publicsuffix`, jobpipe follows without a rebuild.
public final class PublicSuffixList: @unchecked Sendable {
    // @unchecked: libpsl only reads the context once it is loaded.
    private let context: OpaquePointer
    private let owned: Bool

    public static let shared = PublicSuffixList()

    private init() {
        if let latest = psl_latest(nil) {
            context = latest
            owned = true
        } else {
            context = psl_builtin()
            owned = false
        }
    }

    deinit {
        if owned { psl_free(context) }
    }

    /// Whether the list knows the top-level domain of a lower-case ASCII
    /// (punycode) or Unicode domain: one of the domain's suffixes is a rule
    /// of the list, not only its `*` default. Asked of the suffixes, not the
    /// last label alone, because the list has rules under some top-level
    /// domains and none for the domain itself (`co.za`, no `za`).
    public func knowsTopLevelDomain(of domain: String) -> Bool {
        guard Self.mayBeDomain(domain) else { return false }
        var end = domain.endIndex
        while let dot = domain[..<end].lastIndex(of: ".") {
            if isRule(domain[domain.index(after: dot)...]) { return true }
            end = dot
        }
        return isRule(domain[...])
    }

    /// Whether a host is short enough to be a domain name in some form: at most
    /// 255 octets in ASCII, so at most 4 × 255 in UTF-8. Both questions look
    /// up every suffix of the host (libpsl too), a cost that grows with the
    /// square of its length: a 28 KB host of 14,000 labels took 35 s.
    static func mayBeDomain(_ host: String) -> Bool {
        host.utf8.count <= 4 * EmailSyntax.maxDomainOctets
    }

    /// Whether `suffix` is itself a rule of the list (the `*` default aside).
    private func isRule(_ suffix: Substring) -> Bool {
        !suffix.isEmpty && String(suffix).withCString {
            psl_is_public_suffix2(context, $0, PSL_TYPE_ANY | PSL_TYPE_NO_STAR_RULE) == 1
        }
    }

    /// The registrable domain: the public suffix and one label more (`acme.co.uk`
    /// for `jobs.acme.co.uk`); nil when the host is itself a public suffix. An
    /// unlisted top-level label counts as its own suffix (the list's `*` rule).
    public func registrableDomain(of host: String) -> String? {
        guard Self.mayBeDomain(host) else { return nil }
        return host.lowercased().withCString { name in
            // A pointer into `name`, so copied before it goes.
            psl_registrable_domain(context, name).map { String(cString: $0) }
        }
    }

    /// The registrable domain's first label: the name a host or a mail domain is under (`acme` for
    /// `jobs.acme.co.uk`), with the registrable domain; nil as for `registrableDomain`.
    func registrableLabel(of host: String) -> (label: String, domain: String)? {
        guard let domain = registrableDomain(of: host), let label = domain.split(separator: ".").first else { return nil }
        return (String(label), domain)
    }
}
