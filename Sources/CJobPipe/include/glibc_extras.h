#ifndef JOBPIPE_GLIBC_EXTRAS_H
#define JOBPIPE_GLIBC_EXTRAS_H
/* glibc calls that Swift's Glibc module leaves out (they need _GNU_SOURCE or
   <malloc.h>), wrapped in glibc_extras.c. */

/* The processors this process may run on (taskset, cpusets), or 0. */
int jp_allowed_cpus(void);

/* Keep freed memory for reuse: allocations up to 64 MiB come from the heap
   (not fresh mappings), and the heap is trimmed only past 128 MiB free. */
void jp_keep_freed_memory(void);
#endif
