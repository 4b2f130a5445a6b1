#pragma once
// Word boundaries in UTF-8 text, shared by the lexicon and the normaliser. A "word
// character" is an ASCII letter or digit or any non-ASCII letter; punctuation such as
// ’ – “ ” ¿ ¡ is not.
#include <cstddef>
#include <string_view>

namespace handout::reading {

bool is_word_code_point(char32_t c);

// Whether the code point that ends just before byte `pos` is a word character
// (false at the start of the text).
bool word_before(std::string_view text, std::size_t pos);
// Whether the code point that starts at byte `pos` is a word character (false at the end).
bool word_at(std::string_view text, std::size_t pos);

// The end of the word that starts at or contains byte `pos` (`pos` when none starts there),
// and the start of the word that ends at `pos`; both step whole code points.
std::size_t word_end(std::string_view text, std::size_t pos);
std::size_t word_start(std::string_view text, std::size_t pos);

// Whether text[pos, pos + length) is a whole word: no word character touches either end.
bool is_whole_word(std::string_view text, std::size_t pos, std::size_t length);

}  // namespace handout::reading
