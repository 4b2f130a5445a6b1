#pragma once
// The pronunciation lexicon applied to a text: each grapheme, matched case-sensitively as a
// whole word, is replaced by its alias. Where graphemes overlap the longest one wins.
#include <string>
#include <string_view>

#include "model/lexicon.h"

namespace handout::speech {

std::string apply_lexicon(std::string_view text, const model::Lexicon& lexicon);

}  // namespace handout::speech
