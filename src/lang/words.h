#pragma once
// A text's words by ICU's word rules for its language: what a reader counts as words
// ("don't" is one word, "follow-up" one joined by its hyphen), each with its byte range, so a
// caller can point at it.
#include <cstddef>
#include <string_view>
#include <vector>

#include "model/language_tag.h"

namespace handout::lang {

enum class WordKind { letters, number };

struct WordSpan {
  std::size_t offset = 0;  // in bytes
  std::size_t length = 0;
  WordKind kind = WordKind::letters;
};

// Every word of `text`: ICU's word segments of letters, or of digits, in order; segments joined
// by a hyphen with no space ("follow-up", "x-ray") are one word. Punctuation, spaces and
// symbols are no word.
std::vector<WordSpan> words_of(std::string_view text, const model::LanguageTag& lang);

}  // namespace handout::lang
