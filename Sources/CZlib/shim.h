#ifndef BUREAUWATCH_CZLIB_SHIM_H
#define BUREAUWATCH_CZLIB_SHIM_H
#include <zlib.h>

// deflateInit2 is a macro Swift cannot call; window bits 15 + 16 ask zlib for a gzip wrapper.
static inline int bw_deflate_init_gzip(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}

// inflateInit2 is a macro too; 15 + 32 accepts a zlib or gzip header.
static inline int bw_inflate_init_auto(z_streamp stream) {
    return inflateInit2(stream, 15 + 32);
}
#endif
