#ifndef FRONTLINE_CEDITLINE_SHIM_H
#define FRONTLINE_CEDITLINE_SHIM_H

// libedit's readline-compatible interface. On Linux <readline/readline.h> is GNU readline, so the
// editline header is named explicitly.
#include <stdio.h>
#include <editline/readline.h>

// Swift 6 cannot touch these globals directly under strict concurrency; these setters do it.

static inline void frontline_set_completion(rl_completion_func_t *function) {
  rl_attempted_completion_function = function;
}

static inline void frontline_set_completion_over(int over) { rl_attempted_completion_over = over; }

static inline void frontline_set_catch_signals(int catch_signals) { rl_catch_signals = catch_signals; }

static inline void frontline_set_readline_name(const char *name) { rl_readline_name = name; }

static inline const char *frontline_line_buffer(void) { return rl_line_buffer; }

static inline int frontline_point(void) { return rl_point; }

#endif
