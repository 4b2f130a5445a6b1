#pragma once
// A problem found in an admin's file, reported as `file:line:column: message`.
#include <stdexcept>
#include <string>
#include <vector>

#include "model/location.h"

namespace handout::model {

enum class Severity { error, warning };

struct Diagnostic {
  std::string file;
  Location at;
  std::string message;
  // A warning never stops a build; `handout check --strict` counts it as an error.
  Severity severity = Severity::error;
  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

using Diagnostics = std::vector<Diagnostic>;

// "file:line:column: message" ("…: warning: message" for a warning); the location parts are
// left out when unknown.
std::string format(const Diagnostic& diagnostic);

// The one exception type of the project: something went wrong at a place in a file.
class Error : public std::runtime_error {
 public:
  explicit Error(Diagnostic diagnostic);
  const Diagnostic& diagnostic() const noexcept { return diagnostic_; }

 private:
  Diagnostic diagnostic_;
};

}  // namespace handout::model
