#include "model/diagnostic.h"

namespace handout::model {

std::string format(const Diagnostic& diagnostic) {
  std::string out = diagnostic.file;
  if (diagnostic.at.line > 0) {
    out += ':' + std::to_string(diagnostic.at.line);
    if (diagnostic.at.column > 0) out += ':' + std::to_string(diagnostic.at.column);
  }
  if (!out.empty()) out += ": ";
  if (diagnostic.severity == Severity::warning) out += "warning: ";
  return out + diagnostic.message;
}

Error::Error(Diagnostic diagnostic)
    : std::runtime_error(format(diagnostic)), diagnostic_(std::move(diagnostic)) {}

}  // namespace handout::model
