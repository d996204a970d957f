#ifndef BUREAUWATCH_CMALLOC_SHIM_H
#define BUREAUWATCH_CMALLOC_SHIM_H
// glibc's malloc.h, which Swift's Glibc module leaves out: mallopt and its M_* settings.
#include <malloc.h>
static inline int bw_malloc_arena_max(int count) { return mallopt(M_ARENA_MAX, count); }
#endif
