#pragma once
// Small pure rules of the content format: whitespace, ids, dates, languages.
#include <string>
#include <string_view>

#include "model/inline.h"

namespace handout::content {

// Collapses runs of XML white space to one space and trims both ends, as HTML does.
std::string collapse_whitespace(std::string_view text);

// The same across a sequence of runs: a space at a run boundary is kept once, the whole
// sequence is trimmed, runs left empty are dropped, and neighbouring plain-text runs with
// the same emphasis are merged.
void normalise_whitespace(model::Inlines& runs);

// `[a-z0-9][a-z0-9-]*`: safe as a file name on every system.
bool is_valid_id(std::string_view id);

// An id derived from a heading: lower-case ASCII letters and digits joined by hyphens.
std::string derive_id(std::string_view heading);

// Whether `tag` has the shape of a BCP 47 language tag ("en-US", "es-419"); whether a
// voice speaks it is the audio writer's question.
bool is_language_tag(std::string_view tag);
// The message for a language no term table writes: "lang 'fr': handout writes English (en)
// and Spanish (es) only, not French: …".
std::string unwritten_language(std::string_view attribute, std::string_view tag);

}  // namespace handout::content
