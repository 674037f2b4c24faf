#ifndef JOBPIPE_SCAN_MODE_H
#define JOBPIPE_SCAN_MODE_H
/* Whether the scanning kernels (json_scan.h, text_scan.h) take their SSE2
   path: 1 on x86-64 unless JOBPIPE_SCALAR is set in the environment
   (to anything but "" or "0"), 0 elsewhere. */
int jp_scan_uses_sse2(void);
#endif
