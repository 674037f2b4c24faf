import CResolv

/// Whether domains accept mail, asked of DNS once per domain (glibc's
/// resolver, `CResolv`): an MX record says yes, RFC 7505's null MX says no; a
/// domain without MX accepts mail at its A or AAAA address (RFC 5321 §5.1, the
/// implicit MX); a domain that does not exist, or has neither, accepts none.
/// No answer in time (or a server failure) is `nil`: unknown. No SMTP is spoken.
public final class MailDomainCheck: @unchecked Sendable {
    /// The server to ask (IPv4 address and port); nil: the system's (/etc/resolv.conf).
    public let server: (host: String, port: Int)?
    /// Seconds per try, and tries.
    public let timeout: Int
    public let attempts: Int
    private let lock = Lock()
    private var answers: [String: Bool?] = [:]

    public init(server: (host: String, port: Int)? = nil, timeout: Int = 3, attempts: Int = 2) {
        self.server = server
        self.timeout = timeout
        self.attempts = attempts
    }

    /// `HOST:PORT` (an IPv4 address; the port defaults to 53).
    public static func parseServer(_ text: String) throws -> (host: String, port: Int) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, let host = parts.first.map(String.init), !host.isEmpty,
              host.split(separator: ".").count == 4, host.split(separator: ".").allSatisfy({ UInt8($0) != nil }) else {
            throw FatalError("--dns-server '\(text)' is not an IPv4 address with an optional port (127.0.0.1:5353)")
        }
        guard parts.count == 1 || (Int(parts[1]).map { (1...65535).contains($0) } ?? false) else {
            throw FatalError("--dns-server '\(text)': the port must be 1 to 65535")
        }
        return (host, parts.count == 2 ? Int(parts[1])! : 53)
    }

    /// The answer for each domain (ASCII or Unicode; asked in punycode), each asked once per run.
    public func accepts(_ domains: [String]) -> [String: Bool?] {
        var out: [String: Bool?] = [:]
        for d in domains {
            if let known = lock.locked({ answers[d] }) {
                out[d] = known
                continue
            }
            let answer = ask(EmailSyntax.asciiDomain(d) ?? d)
            lock.locked { answers[d] = answer }
            out[d] = answer
        }
        return out
    }

    /// One domain: MX, then A, then AAAA.
    func ask(_ domain: String) -> Bool? {
        switch query(domain, type: Int32(ns_t_mx.rawValue)) {
        case let .answer(_, nullMX): return !nullMX
        case .nxdomain: return false
        case .noAnswer: return nil
        case .noData: break
        }
        for type in [ns_t_a, ns_t_aaaa] {
            switch query(domain, type: Int32(type.rawValue)) {
            case .answer: return true
            case .nxdomain: return false
            case .noAnswer: return nil
            case .noData: continue
            }
        }
        return false
    }

    enum Result {
        case answer(count: Int, nullMX: Bool)
        case noData, nxdomain, noAnswer
    }

    func query(_ name: String, type: Int32) -> Result {
        var count: Int32 = 0, nullMX: Int32 = 0
        let code = jp_dns_query(name, type, server?.host, Int32(server?.port ?? 53), Int32(timeout), Int32(attempts), &count, &nullMX)
        switch Int(code) {
        case Int(JP_DNS_ANSWER): return .answer(count: Int(count), nullMX: nullMX != 0)
        case Int(JP_DNS_NODATA): return .noData
        case Int(JP_DNS_NXDOMAIN): return .nxdomain
        default: return .noAnswer
        }
    }
}
