#ifndef FRONTLINE_CEDITLINE_SHIM_H
#define FRONTLINE_CEDITLINE_SHIM_H

// libedit's readline-compatible interface. On Linux <readline/readline.h> is GNU readline, so the
// editline header is named explicitly.
#include <stdio.h>
#include <editline/readline.h>

#endif
