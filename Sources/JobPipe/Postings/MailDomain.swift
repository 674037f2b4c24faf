/// The names of the mail addresses a posting gives ("Bitte sende uns deine
/// Unterlagen an jobs@sinnerschrader.com"): each address's domain, cut to
/// the label before its public suffix ("sinnerschrader"), is the name of
/// the organisation that reads the mail, the employer or its recruiter.
/// A free mail provider's address names nobody.
enum MailDomain {
    /// The labels of the addresses' registrable domains, in the order the text gives them, each once
    /// ("acme-systems" for "jobs@karriere.acme-systems.de").
    static func labels(in text: String) -> [String] {
        var out: [String] = []
        var copy = text
        copy.withUTF8 { bytes in
            AddressScanner.scan(bytes) { candidate in
                guard out.count < 4, let at = candidate.address.firstIndex(of: "@") else { return }
                let domain = candidate.address[candidate.address.index(after: at)...].lowercased()
                guard !FreeEmailProviders.contains(domain), let (label, _) = PublicSuffixList.shared.registrableLabel(of: domain),
                      !out.contains(label) else { return }
                out.append(label)
            }
        }
        return out
    }
}
