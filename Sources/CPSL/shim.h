#ifndef JOBPIPE_CPSL_SHIM_H
#define JOBPIPE_CPSL_SHIM_H
/* libpsl: the Public Suffix List (Debian: libpsl-dev; its data: publicsuffix). */
#include <libpsl.h>
#endif
