#if canImport(Glibc)
import Glibc
#endif

/// Reads fetch-page's input on its own thread, so a slow producer never
/// stalls transfers in flight, and hands records over through a bounded
/// queue. Lines that are neither a JSON object nor a bare URL are rejected
/// by the session, as every program rejects them.
final class FetchInput: @unchecked Sendable {
    struct Item {
        var record: Record
        var location: InputLocation
    }

    private let lock = Lock()
    private var items: [Item] = []
    private var head = 0
    private(set) var finished = false
    private let capacity = 256

    init() {}

    /// Starts reading the session's input; `wake` is called whenever something arrives.
    func start(_ run: StreamFilter.Session, wake: @escaping () -> Void) {
        startThread { [self] in
            do {
                try run.forEachRecord(parse: FetchInput.record(from:)) { record, location in
                    self.push(Item(record: record, location: location), wake: wake)
                }
            } catch {
                run.readFailed(error)
            }
            lock.locked { finished = true }
            wake()
        }
    }

    /// A JSON object line, or a bare URL line made into `{"url": …}`.
    static func record(from line: UnsafeBufferPointer<UInt8>) throws -> Record {
        var start = 0
        while start < line.count, line[start] == 0x20 || line[start] == 0x09 || line[start] == 0x0D { start += 1 }
        if start < line.count, line[start] == UInt8(ascii: "{") { return try Record(line: line) }
        var end = line.count
        while end > start, line[end - 1] == 0x20 || line[end - 1] == 0x09 || line[end - 1] == 0x0D { end -= 1 }
        let url = UnsafeBufferPointer(rebasing: line[start..<end])
        let text = String(decoding: url, as: UTF8.self)
        guard !url.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0B || $0 == 0x0C }),
              bytesContain(url, FetchInput.schemeSeparator) || url.starts(with: FetchInput.www),
              url.first != UInt8(ascii: "[") else {
            throw RecordRejection("neither a JSON object nor a URL")
        }
        return Record(.object([("url", .string(text))]))
    }

    static let schemeSeparator = Array("://".utf8), www = Array("www.".utf8)

    private func push(_ item: Item, wake: () -> Void) {
        lock.locked {
            while items.count - head >= capacity { lock.wait() }
            items.append(item)
        }
        wake()
    }

    /// Takes up to `max` waiting items without blocking.
    func take(max: Int) -> [Item] {
        lock.locked {
            let n = min(max, items.count - head)
            guard n > 0 else { return [] }
            let out = Array(items[head..<(head + n)])
            head += n
            if head > 1024, head * 2 > items.count {
                items.removeFirst(head)
                head = 0
            }
            lock.signal()
            return out
        }
    }

    var isDrained: Bool { lock.locked { finished && head == items.count } }
}
