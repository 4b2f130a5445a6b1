#pragma once
// Diagnostics go to stderr, one `file:line:column: message` per line.
#include <iostream>

#include "model/diagnostic.h"

namespace handout::cli {

inline void print_diagnostics(const model::Diagnostics& diagnostics) {
  for (const model::Diagnostic& diagnostic : diagnostics) std::cerr << format(diagnostic) << '\n';
}

}  // namespace handout::cli
