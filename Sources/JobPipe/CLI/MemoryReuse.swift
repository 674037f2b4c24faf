/// glibc's `mallopt`, which Swift's Glibc module does not export.
@_silgen_name("mallopt") private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32

/// Keeps freed memory for reuse instead of handing it back to the kernel:
/// a program that reads page after page allocates and frees buffers of a
/// page's size each time, and glibc's default returns blocks over 128 KiB to
/// the kernel, which then faults in and zeroes fresh pages for the next one
/// (about 7 % of analyze-job's time). Allocations up to 64 MiB come from the
/// heap, which is trimmed only past 128 MiB free.
func keepFreedMemory() {
    #if os(Linux)
    _ = glibcMallopt(-3, 64 << 20)  // M_MMAP_THRESHOLD
    _ = glibcMallopt(-1, 128 << 20)  // M_TRIM_THRESHOLD
    #endif
}
