#pragma once
// Limits that keep one bad or pasted-in handout from making a useless PDF, hours of audio or
// a build that seems to hang. Each is far above what a real patient handout needs.
#include <cstddef>
#include <string_view>

#include "model/handout.h"

namespace handout::content {

inline constexpr std::size_t max_items = 500;            // per list or steps
inline constexpr std::size_t max_word_length = 100;      // characters, outside <web> and <email>
inline constexpr std::size_t max_handout_words = 20000;  // over two hours of audio at 150 wpm

// Every word of the handout that is printed and spoken (title, headings, blocks, authors).
std::size_t count_words(const model::Handout& handout);

// The first code point of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko) in
// `text`, or 0. Neither output can lay such text out or speak it yet.
char32_t first_right_to_left(std::string_view text);

// The length in code points of the longest run of non-space characters in `text`.
std::size_t longest_word(std::string_view text);

}  // namespace handout::content
