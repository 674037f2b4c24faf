/// Capped exponential backoff with full jitter: before attempt n + 1 the
/// job waits a random whole number of seconds between 0 and
/// min(cap, base × 2^(n − 1)). With the defaults (base 30 s, cap 1 h) the
/// ceilings are 30 s, 1 min, 2 min, 4 min… up to 1 h.
public struct Backoff: Sendable {
    public var base: Int64
    public var cap: Int64

    public static let standard = Backoff(base: 30, cap: 3600)

    public init(base: Int64, cap: Int64) {
        self.base = base
        self.cap = cap
    }

    /// The ceiling of the wait after `attempt` (1-based) failed.
    public func ceiling(afterAttempt attempt: Int) -> Int64 {
        guard base > 0 else { return 0 }
        let shift = min(max(attempt - 1, 0), 40)
        let (v, overflow) = base.multipliedReportingOverflow(by: Int64(1) << shift)
        return overflow ? cap : min(cap, v)
    }

    public func delay(afterAttempt attempt: Int) -> Int64 {
        let c = ceiling(afterAttempt: attempt)
        return c == 0 ? 0 : Int64.random(in: 0...c)
    }
}
