import CJobPipe

/// Keeps freed memory for reuse instead of handing it back to the kernel:
/// a program that reads page after page allocates and frees buffers of a
/// page's size each time, and glibc's default returns blocks over 128 KiB to
/// the kernel, which then faults in and zeroes fresh pages for the next one
/// (about 7 % of analyze-job's time). Allocations up to 64 MiB come from the
/// heap, which is trimmed only past 128 MiB free.
public func keepFreedMemory() {
    jp_keep_freed_memory()
}
