import CCurl

/// Owns a `CURLM *`: the transfers it runs at once, and the wait for them.
final class CurlMulti: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer
    private(set) var running: [UnsafeMutableRawPointer: Transfer] = [:]

    private static let globalInit: Void = { curl_global_init(Int(CURL_GLOBAL_DEFAULT)) }()

    init() {
        _ = CurlMulti.globalInit
        handle = curl_multi_init()!
        jp_multi_setopt_long(handle, CURLMOPT_MAX_TOTAL_CONNECTIONS, 0)
    }

    deinit {
        for (h, _) in running { curl_multi_remove_handle(handle, h) }
        curl_multi_cleanup(handle)
    }

    var count: Int { running.count }

    func add(_ t: Transfer) {
        running[t.handle] = t
        curl_multi_add_handle(handle, t.handle)
    }

    /// Waits up to `timeoutMs` for activity (or `wake()`), drives the
    /// transfers, and returns those that ended with their result code.
    func step(timeoutMs: Int) -> [(Transfer, CURLcode)] {
        var numfds: Int32 = 0
        curl_multi_poll(handle, nil, 0, Int32(max(0, timeoutMs)), &numfds)
        var stillRunning: Int32 = 0
        curl_multi_perform(handle, &stillRunning)
        var done: [(Transfer, CURLcode)] = []
        var left: Int32 = 0
        while let msg = curl_multi_info_read(handle, &left) {
            guard msg.pointee.msg == CURLMSG_DONE, let easy = msg.pointee.easy_handle else { continue }
            let code = jp_msg_result(msg)
            curl_multi_remove_handle(handle, easy)
            if let t = running.removeValue(forKey: easy) { done.append((t, code)) }
        }
        return done
    }

    /// Interrupts a `step` waiting in another thread.
    func wake() { curl_multi_wakeup(handle) }
}
