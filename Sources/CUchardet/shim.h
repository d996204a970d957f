#ifndef BUREAUWATCH_CUCHARDET_SHIM_H
#define BUREAUWATCH_CUCHARDET_SHIM_H
#include <uchardet/uchardet.h>
#endif
