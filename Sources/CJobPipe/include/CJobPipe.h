/* The umbrella header of jobpipe's own C (SwiftPM uses the header named for
   the target): a header added to include/ must be listed here, which also
   makes an existing build's module cache notice it (an umbrella directory
   does not). */
#ifndef JOBPIPE_CJOBPIPE_H
#define JOBPIPE_CJOBPIPE_H
#include "glibc_extras.h"
#include "json_scan.h"
#include "scan_mode.h"
#include "text_scan.h"
#include "utf8_scan.h"
#endif
