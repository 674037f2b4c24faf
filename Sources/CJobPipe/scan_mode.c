#include <stdlib.h>
#include "block64.h"
#include "scan_mode.h"

/* JOBPIPE_SCALAR=1 in the environment makes a whole run (a program, or
   `swift test`) take the scalar kernels, to compare their output with the
   SSE2 ones' on real input without rebuilding. Read once, before main. */
int jp_scalar_forced = 0;

__attribute__((constructor)) static void jp_read_scan_mode(void) {
    const char *v = getenv("JOBPIPE_SCALAR");
    jp_scalar_forced = v != NULL && v[0] != '\0' && strcmp(v, "0") != 0;
}

int jp_scan_uses_sse2(void) { return JP_HAVE_SSE2 && !jp_scalar_forced; }
