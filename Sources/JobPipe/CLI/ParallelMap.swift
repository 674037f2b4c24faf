#if canImport(Glibc)
import Glibc
#endif
import CJobPipe
import Dispatch

/// `(0..<count).map(body)` on up to `jobs` threads, results in index order.
/// Threads take the next index as they finish one, so a few large pages do
/// not hold up the rest. With `limiter` (a semaphore of `jobs`), calls that
/// overlap share the `jobs` threads between them.
func parallelMap<T>(_ count: Int, jobs: Int, limiter: DispatchSemaphore? = nil, _ body: (Int) -> T) -> [T] {
    if jobs <= 1 || count <= 1 {
        return (0..<count).map { i in
            limiter?.wait()
            defer { limiter?.signal() }
            return body(i)
        }
    }
    let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer {
        results.deinitialize()
        results.deallocate()
    }
    let lock = NSLockish()
    var next = 0
    withoutActuallyEscaping(body) { body in
        let shared = UncheckedBox((body, results))
        DispatchQueue.concurrentPerform(iterations: min(jobs, count)) { _ in
            let (body, results) = shared.value
            while true {
                let i: Int = lock.locked {
                    defer { next += 1 }
                    return next
                }
                guard i < count else { return }
                limiter?.wait()
                results[i] = body(i)
                limiter?.signal()
            }
        }
    }
    return results.map { $0! }
}

/// Hands a value to other threads when the code guarantees they do not race.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// How many threads `--jobs 0` means: the processors this process may use
/// (its CPU affinity, as taskset and cpusets set it), else those online.
public func availableProcessors() -> Int {
    let allowed = Int(jp_allowed_cpus())
    return allowed > 0 ? allowed : max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
}
