#ifndef JOBPIPE_CIDN2_SHIM_H
#define JOBPIPE_CIDN2_SHIM_H
/* libidn2: internationalised domain names, IDNA2008 with UTS #46 (Debian: libidn2-dev). */
#include <idn2.h>
#endif
