import Foundation

/// A small DNS server on 127.0.0.1 (UDP, a free port) for `--check-mx`:
///
/// | name | answers |
/// |---|---|
/// | `mx.test`, `vogel-bau.example`… (`mxDomains`) | MX 10 mail.<name> |
/// | `nullmx.test` | MX 0 `.` (RFC 7505's null MX) |
/// | `aonly.test` | no MX; A 192.0.2.1 |
/// | `nothing.test` | no records of any type |
/// | `silent.test` | no reply at all |
/// | anything else | NXDOMAIN |
final class DNSServer: @unchecked Sendable {
    let port: Int
    private let fd: Int32
    private let thread: Thread
    private let queriesLock = NSLock()
    private var asked: [String] = []
    let mxDomains: Set<String>

    init(mxDomains: Set<String> = ["mx.test"]) throws {
        self.mxDomains = mxDomains
        let sock = socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
        guard sock >= 0 else { throw CocoaError(.fileReadUnknown) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(sock, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { close(sock); throw CocoaError(.fileReadUnknown) }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(sock, $0, &len) }
        }
        port = Int(UInt16(bigEndian: addr.sin_port))
        fd = sock
        let weakBox = Box()
        thread = Thread { DNSServer.serve(fd: sock, box: weakBox) }
        weakBox.server = self
        thread.start()
    }

    deinit {
        shutdown(fd, Int32(SHUT_RDWR))
        close(fd)
    }

    /// `HOST:PORT` for `--dns-server`.
    var address: String { "127.0.0.1:\(port)" }

    /// The questions asked so far, as `name TYPE`.
    var questions: [String] { queriesLock.lock(); defer { queriesLock.unlock() }; return asked }

    private final class Box: @unchecked Sendable { weak var server: DNSServer? }

    private static func serve(fd: Int32, box: Box) {
        var buf = [UInt8](repeating: 0, count: 1500)
        while true {
            var from = sockaddr_in()
            var fromLen = socklen_t(MemoryLayout<sockaddr_in>.size)
            let n = withUnsafeMutablePointer(to: &from) { p in
                p.withMemoryRebound(to: sockaddr.self, capacity: 1) { recvfrom(fd, &buf, buf.count, 0, $0, &fromLen) }
            }
            guard n > 0, let server = box.server else { return }
            guard let reply = server.answer(Array(buf[0..<n])) else { continue }
            _ = withUnsafePointer(to: &from) { p in
                p.withMemoryRebound(to: sockaddr.self, capacity: 1) { sendto(fd, reply, reply.count, 0, $0, fromLen) }
            }
        }
    }

    /// The reply to one query, or nil for none.
    func answer(_ q: [UInt8]) -> [UInt8]? {
        guard q.count >= 12 else { return nil }
        var i = 12
        var labels: [String] = []
        while i < q.count, q[i] != 0 {
            let len = Int(q[i])
            guard i + 1 + len <= q.count else { return nil }
            labels.append(String(decoding: q[(i + 1)..<(i + 1 + len)], as: UTF8.self))
            i += 1 + len
        }
        guard i + 5 <= q.count else { return nil }
        let questionEnd = i + 5
        let type = Int(q[i + 1]) << 8 | Int(q[i + 2])
        let name = labels.joined(separator: ".").lowercased()
        queriesLock.lock()
        asked.append("\(name) \(type == 15 ? "MX" : type == 1 ? "A" : type == 28 ? "AAAA" : String(type))")
        queriesLock.unlock()
        if name == "silent.test" { return nil }
        var records: [[UInt8]] = []
        var rcode: UInt8 = 0
        func encode(_ n: String) -> [UInt8] {
            n.split(separator: ".").flatMap { [UInt8($0.utf8.count)] + Array($0.utf8) } + [0]
        }
        if mxDomains.contains(name), type == 15 {
            records.append([0, 10] + encode("mail." + name))
        } else if name == "nullmx.test", type == 15 {
            records.append([0, 0, 0])
        } else if name == "aonly.test", type == 1 {
            records.append([192, 0, 2, 1])
        } else if mxDomains.contains(name) || ["nullmx.test", "aonly.test", "nothing.test"].contains(name) {
            // the name exists, with no records of this type
        } else {
            rcode = 3
        }
        var r: [UInt8] = [q[0], q[1], 0x84 | (q[2] & 0x01), 0x80 | rcode, 0, 1, 0, UInt8(records.count), 0, 0, 0, 0]
        r += q[12..<questionEnd]
        for rdata in records {
            r += [0xC0, 12, UInt8(type >> 8), UInt8(type & 0xFF), 0, 1, 0, 0, 0x0E, 0x10, UInt8(rdata.count >> 8), UInt8(rdata.count & 0xFF)]
            r += rdata
        }
        return r
    }
}
