#ifndef JOBPIPE_GLIBC_EXTRAS_H
#define JOBPIPE_GLIBC_EXTRAS_H
/* A glibc call that Swift's Glibc module leaves out (it needs <malloc.h>),
   wrapped in glibc_extras.c. */

/* Keep freed memory for reuse: allocations up to 64 MiB come from the heap
   (not fresh mappings), and the heap is trimmed only past 128 MiB free. */
void jp_keep_freed_memory(void);
#endif
