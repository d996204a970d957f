/* The parse floor of any libxml2-based extractor, for bench-extract: pages/s of libxml2's HTML
 * parser alone over a set of UTF-8 pages, (a) building and freeing its tree, as htmlReadMemory
 * does, and (b) feeding SAX callbacks that do nothing, as bureauwatch's snapshot builder is fed.
 * No extractor built on this parser can be faster than (b).
 * Usage: libxml2-parse-floor PASSES FILE... (the files in UTF-8)
 */
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING;

static double seconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec + now.tv_nsec / 1e9;
}

static void ignore_start(void *context, const xmlChar *name, const xmlChar **attributes) {
    (void)context; (void)name; (void)attributes;
}
static void ignore_end(void *context, const xmlChar *name) { (void)context; (void)name; }
static void ignore_text(void *context, const xmlChar *text, int length) {
    (void)context; (void)text; (void)length;
}

static void parse_tree(const char *bytes, int length) {
    htmlDocPtr document = htmlReadMemory(bytes, length, NULL, "UTF-8", options);
    if (document) xmlFreeDoc(document);
}

static void parse_events(const char *bytes, int length) {
    htmlParserCtxtPtr context = htmlCreateMemoryParserCtxt(bytes, length);
    if (!context) return;
    htmlSAXHandler handler;
    memset(&handler, 0, sizeof handler);
    handler.initialized = 1;
    handler.startElement = ignore_start;
    handler.endElement = ignore_end;
    handler.characters = ignore_text;
    handler.cdataBlock = ignore_text;
    *context->sax = handler;
    context->userData = NULL;
    htmlCtxtUseOptions(context, options);
    xmlSwitchToEncoding(context, xmlFindCharEncodingHandler("UTF-8"));
    htmlParseDocument(context);
    htmlFreeParserCtxt(context);
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: libxml2-parse-floor PASSES FILE...\n"); return 2; }
    int passes = atoi(argv[1]), count = argc - 2;
    char **pages = calloc(count, sizeof *pages);
    int *lengths = calloc(count, sizeof *lengths);
    for (int i = 0; i < count; i++) {
        FILE *file = fopen(argv[i + 2], "rb");
        if (!file) { fprintf(stderr, "cannot read %s\n", argv[i + 2]); return 1; }
        fseek(file, 0, SEEK_END);
        lengths[i] = (int)ftell(file);
        rewind(file);
        pages[i] = malloc(lengths[i] + 1);
        if (fread(pages[i], 1, lengths[i], file) != (size_t)lengths[i]) { fprintf(stderr, "short read\n"); return 1; }
        fclose(file);
    }
    xmlInitParser();
    parse_tree(pages[0], lengths[0]); /* warm-up */
    double tree = 0, events = 0;
    for (int pass = 0; pass < passes; pass++) {
        for (int i = 0; i < count; i++) {
            double start = seconds();
            parse_tree(pages[i], lengths[i]);
            double middle = seconds();
            parse_events(pages[i], lengths[i]);
            tree += middle - start;
            events += seconds() - middle;
        }
    }
    printf("%.1f %.1f\n", count * passes / tree, count * passes / events);
    return 0;
}
