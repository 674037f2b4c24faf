#ifndef JOBPIPE_CLIBXML2_SHIM_H
#define JOBPIPE_CLIBXML2_SHIM_H
#include <stdint.h>
#include <libxml/xmlversion.h>
/* Debian's libxml2 includes the system ICU header unicode/ucnv.h, whose types
   clash with Foundation's own ICU on a clean build. libxml2 keeps only
   pointers to these, so declare them and keep the header out. */
#ifdef LIBXML_ICU_ENABLED
#define UCNV_H 1
typedef struct UConverter UConverter;
typedef uint16_t UChar;
#endif
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

/* xmlFree is a global function pointer Swift cannot call directly. */
static inline void jp_xml_free(void *p) { xmlFree(p); }
static void jp_xml_ignore(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void jp_xml_quiet(void) { xmlSetGenericErrorFunc(NULL, jp_xml_ignore); }
#endif
