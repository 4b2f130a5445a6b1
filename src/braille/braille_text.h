#pragma once
// Print's text as braille shows it, where the two differ.
#include <string>

#include "model/inline.h"

namespace handout::braille {

// A link with words of its own as its words, then its address in parentheses ("the pendulum
// video (https://…)"): paper cannot be clicked. The address is a web run, so it is never
// contracted; a link without words is its address already and stays as it is.
model::Inlines with_addresses(const model::Inlines& runs);

// The plan's printed dose line with its parts separated by semicolons ("Dose: 2 sets; 10
// times"): print's middle dot has no braille in liblouis's Spanish table and is a mathematical
// sign in UEB's, while a semicolon between the parts is ordinary punctuation in every code.
std::string dose_line(const std::string& printed);

}  // namespace handout::braille
