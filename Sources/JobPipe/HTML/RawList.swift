/// A growable list of plain values (no references inside) in memory its
/// owner frees with `free()` in its `deinit` (`HTMLTree` holds the two its
/// builder fills): appends and reads without Array's uniqueness checks and
/// bounds checks, for the HTML tree's hot loops.
struct RawList<Element> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 4)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always) mutating func append(_ e: Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: e)
        count += 1
    }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    @inline(__always) subscript(i: Int) -> Element {
        get { base[i] }
        nonmutating set { base[i] = newValue }
    }

    @inline(__always) var last: Element { base[count - 1] }

    @inline(__always) mutating func removeLast() -> Element {
        count -= 1
        return base[count]
    }

    /// Keeps the first `n` elements.
    @inline(__always) mutating func truncate(to n: Int) { count = min(count, n) }

    func free() { base.deallocate() }
}
