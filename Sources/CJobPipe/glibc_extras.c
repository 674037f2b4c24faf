#include "glibc_extras.h"
#ifdef __linux__
#include <malloc.h>

void jp_keep_freed_memory(void) {
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
}
#else
void jp_keep_freed_memory(void) {}
#endif
