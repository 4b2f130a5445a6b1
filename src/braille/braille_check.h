#pragma once
// What the braille code cannot write: every character of the handout (and of the words the
// tool adds) that its tables leave undefined, or give only as eight-dot cells, which a BRF
// cannot hold, as an error at the character's place.
#include "braille/braille_code.h"
#include "model/diagnostic.h"
#include "model/handout.h"

namespace handout::braille {

model::Diagnostics check_braille(const model::Handout& handout, const Code& code);

}  // namespace handout::braille
