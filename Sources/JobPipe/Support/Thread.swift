#if canImport(Glibc)
import Glibc
#endif

/// Runs `body` on a thread of its own, detached: the process may end while
/// it runs (fetch-page's input thread, blocked reading, when the output pipe
/// closes).
func startThread(_ body: @escaping () -> Void) {
    let box = Unmanaged.passRetained(ThreadBody(body))
    var thread = pthread_t()
    let started = pthread_create(&thread, nil, { arg in
        Unmanaged<ThreadBody>.fromOpaque(arg!).takeRetainedValue().body()
        return nil
    }, box.toOpaque())
    precondition(started == 0, "cannot start a thread: \(String(cString: strerror(started)))")
    pthread_detach(thread)
}

private final class ThreadBody {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
}
