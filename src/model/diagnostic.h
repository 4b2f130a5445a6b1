#pragma once
// A problem found in an admin's file, reported as `file:line:column: message`.
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/location.h"

namespace handout::model {

enum class Severity { error, warning };

// One character a format cannot write: kept apart from the message so that what several
// formats say about the same character at the same place is said once (merge_character_gaps).
struct CharacterGap {
  std::string character;  // as an admin reads it: "中 (CJK UNIFIED IDEOGRAPH-4E2D)"
  std::string cannot;     // what the format cannot do with it: "be printed"
  friend bool operator==(const CharacterGap&, const CharacterGap&) = default;
};

struct Diagnostic {
  std::string file;
  Location at;
  std::string message;
  // A warning never stops a build; `handout check --strict` counts it as an error.
  Severity severity = Severity::error;
  std::optional<CharacterGap> gap = {};
  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

using Diagnostics = std::vector<Diagnostic>;

// "the character 中 (…) cannot be printed: delete it or write it in words", an error.
Diagnostic cannot_write(std::string file, Location at, CharacterGap gap);

// The same character at the same place, which several formats cannot write, said once
// ("cannot be printed or written in Unified English Braille"), where the first was; an error
// if any was. Every other diagnostic is kept as it is, in its order.
Diagnostics merge_character_gaps(Diagnostics diagnostics);

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
