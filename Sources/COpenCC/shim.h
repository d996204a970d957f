#ifndef BUREAUWATCH_COPENCC_SHIM_H
#define BUREAUWATCH_COPENCC_SHIM_H
#include <opencc/opencc.h>
#endif
