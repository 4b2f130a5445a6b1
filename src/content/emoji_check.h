#pragma once
// Emoji typed into a handout's text ("Well done 👍"): no large-print font has them, braille
// has no sign for them, and the recording says nothing or their Unicode name. The reader
// reports each once, at its place, in words an admin knows, so no format is tried with them.
#include "model/diagnostic.h"
#include "model/handout.h"

namespace handout::content {

// Errors: the reader reports them.
model::Diagnostics emoji_pictures(const model::Handout& handout);

}  // namespace handout::content
