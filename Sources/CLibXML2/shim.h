#ifndef BUREAUWATCH_CLIBXML2_SHIM_H
#define BUREAUWATCH_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its headers would then clash with Foundation's own
// ICU module ("'UErrorCode' has different definitions"). We never use the ICU parts.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>

// xmlFree is a global function pointer, which Swift 6 treats as shared mutable state.
static inline void bw_xml_free(void *p) { xmlFree(p); }

// xmlParserMaxDepth is a global variable, which Swift 6 treats as shared mutable state:
// the depth past which libxml2's tree builder halts the parse.
static inline unsigned int bw_xml_max_depth(void) { return xmlParserMaxDepth; }

// xmlParserVersion is a macro over a per-thread global: the linked library's version as
// digits, e.g. "20914" for 2.9.14.
static inline const char *bw_xml_parser_version(void) { return xmlParserVersion; }

// Silences libxml2's generic error printer (XPath syntax errors would go to stderr).
static void bw_xml_ignore_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void bw_xml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, bw_xml_ignore_error);
    xmlSetStructuredErrorFunc(NULL, NULL);
}
#endif
