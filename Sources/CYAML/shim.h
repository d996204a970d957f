#ifndef BUREAUWATCH_CYAML_SHIM_H
#define BUREAUWATCH_CYAML_SHIM_H
#include <yaml.h>
#endif
