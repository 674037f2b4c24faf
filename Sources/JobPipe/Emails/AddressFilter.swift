/// Why an address-shaped string is not an address someone could write to.
enum Rejection: String, Equatable {
    case syntax = "invalid syntax"
    case unknownTopLevelDomain = "unknown top-level domain"
    case fileName = "file name"
    case retinaSuffix = "image resolution suffix"
    case token = "hash or token"
    case placeholder = "placeholder"
}

/// Decides whether an address-shaped string is a real address: valid syntax,
/// a top-level domain that exists (the Public Suffix List), and none of the
/// look-alikes pages are full of: file names (`logo@2x.png`), package versions
/// (`vue@2.6.12`, by the top-level rule), hashes and tokens (Sentry keys), and placeholders
/// (`yourname@example.com`) unless `allowPlaceholders`.
struct AddressFilter: Sendable {
    var allowPlaceholders = false

    /// File extensions that are (or could become) top-level domains but on a page name a file.
    static let fileExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "ico", "bmp", "tif", "tiff", "heic",
        "js", "mjs", "cjs", "ts", "css", "scss", "map", "json", "xml", "pdf", "zip", "gz", "rar",
        "mov", "mp4", "mp3", "m4a", "webm", "ogg", "wav", "woff", "woff2", "ttf", "otf", "eot",
        "php", "html", "htm", "asp", "aspx", "jsp", "txt", "csv", "doc", "docx", "xls", "xlsx",
    ]

    /// Domains that stand for "some domain" in forms and documentation.
    static let placeholderDomains: Set<String> = [
        "example.com", "example.org", "example.net", "example.edu", "example.de",
        "domain.com", "domain.de", "domain.tld", "yourdomain.com", "your-domain.com",
        "yourcompany.com", "company.com", "firma.de", "musterfirma.de", "mustermann.de",
    ]

    /// The top-level domain reserved for documentation (RFC 2606): never a real
    /// mailbox, admitted only with `allowPlaceholders` (the demo's sample sites use it).
    static let documentationTopLevelDomains: Set<String> = ["example"]

    /// Local parts that stand for "your address".
    static let placeholderLocals: Set<String> = [
        "your", "yourname", "your.name", "your-name", "yourmail", "youremail", "your.email",
        "your-email", "you", "name", "firstname", "firstname.lastname", "first.last", "vorname.nachname",
        "max.mustermann", "maxmustermann", "mustermann", "john.doe", "jane.doe", "johndoe", "someone",
        "somebody", "user", "username", "address", "e-mail-adresse", "emailadresse", "mail-adresse",
        "ihre", "ihre.email", "ihre-email", "ihreemail", "deine", "deine.email",
    ]

    /// The lower-cased address when it is one; the reason otherwise.
    func check(_ raw: String) -> Result<String, RejectionError> {
        let address = raw.lowercased()
        guard let at = address.lastIndex(of: "@") else { return .failure(.init(.syntax)) }
        let local = String(address[..<at])
        let domain = String(address[address.index(after: at)...])
        guard EmailSyntax.isValid(address), let ascii = EmailSyntax.asciiDomain(domain) else {
            return .failure(.init(.syntax))
        }
        let labels = ascii.split(separator: ".")
        let tld = labels.last!
        if Self.fileExtensions.contains(String(tld)) { return .failure(.init(.fileName)) }
        if isRetina(labels.first!) { return .failure(.init(.retinaSuffix)) }
        guard PublicSuffixList.shared.knowsTopLevelDomain(of: ascii)
                || (allowPlaceholders && Self.documentationTopLevelDomains.contains(String(tld))) else {
            return .failure(.init(.unknownTopLevelDomain))
        }
        if isToken(local) { return .failure(.init(.token)) }
        if !allowPlaceholders, isPlaceholder(local: local, domain: ascii) { return .failure(.init(.placeholder)) }
        // One form for one mailbox: an internationalised domain in Unicode, as people
        // read it, whether the page wrote `bücher.de` or `xn--bcher-kva.de`.
        return .success(local + "@" + EmailSyntax.unicodeDomain(ascii))
    }

    func accepts(_ raw: String) -> String? {
        if case let .success(a) = check(raw) { return a }
        return nil
    }

    /// `2x`, `3x`, `1.5x` as the first domain label: an image's resolution.
    func isRetina(_ label: Substring) -> Bool {
        guard label.count >= 2, label.last == "x" else { return false }
        return label.dropLast().allSatisfy(\.isNumber)
    }

    /// A hash, key or generated token: long runs of hex, or letters and digits
    /// mixed the way no person names a mailbox.
    func isToken(_ local: String) -> Bool {
        let u = Array(local.utf8)
        guard u.count >= 16 else { return false }
        let digits = u.filter { $0 >= 0x30 && $0 <= 0x39 }.count
        if u.allSatisfy({ AddressScanner.isHex($0) }), digits >= 3 { return true }
        if u.count >= 24, u.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) }), digits >= 4 {
            return true
        }
        return false
    }

    func isPlaceholder(local: String, domain: String) -> Bool {
        if Self.placeholderLocals.contains(local) { return true }
        if Self.placeholderDomains.contains(domain) { return true }
        let labels = domain.split(separator: ".")
        // example.co.uk, mail.example.com, acme.example
        if let reg = PublicSuffixList.shared.registrableDomain(of: domain), reg.hasPrefix("example.") { return true }
        return labels.contains("example")
    }
}

struct RejectionError: Error, Equatable {
    let reason: Rejection
    init(_ reason: Rejection) { self.reason = reason }
}
