#ifndef JOBPIPE_CSYSTEM_SHIM_H
#define JOBPIPE_CSYSTEM_SHIM_H
/* glibc calls that Swift's Glibc module leaves out (they need _GNU_SOURCE or
   <malloc.h>), declared here with their C calling convention. The module's
   other headers hold jobpipe's own scanning kernels (json_scan.h,
   text_scan.h). SwiftPM does not see changes to these headers: after editing
   one, touch a Swift file that uses it, or the build keeps the old code. */
#include <stddef.h>
#ifdef __linux__
int mallopt(int param, int value);
int sched_getaffinity(int pid, size_t size, void *mask);

/* The processors this process may run on (taskset, cpusets), or 0. */
static inline int jp_allowed_cpus(void) {
    unsigned long mask[64] = {0};
    if (sched_getaffinity(0, sizeof mask, mask) != 0) return 0;
    int n = 0;
    for (int i = 0; i < 64; i++) n += __builtin_popcountl(mask[i]);
    return n;
}

/* Keep freed memory for reuse: allocations up to 64 MiB come from the heap
   (not fresh mappings), and the heap is trimmed only past 128 MiB free.
   -3 is M_MMAP_THRESHOLD, -1 M_TRIM_THRESHOLD. */
static inline void jp_keep_freed_memory(void) {
    mallopt(-3, 64 << 20);
    mallopt(-1, 128 << 20);
}
#else
static inline int jp_allowed_cpus(void) { return 0; }
static inline void jp_keep_freed_memory(void) {}
#endif
#endif
