#pragma once
// Limits that keep one bad or pasted-in handout from making a useless PDF, hours of audio or
// a build that seems to hang. Each is far above what a real patient handout needs.
#include <array>
#include <cstddef>
#include <string_view>

#include "model/handout.h"

namespace handout::content {

inline constexpr std::size_t max_items = 500;            // per list or steps
inline constexpr std::size_t max_word_length = 100;      // characters, outside <web> and <email>
inline constexpr std::size_t max_handout_words = 20000;  // over two hours of audio at 150 wpm
// What a lexicon's alias and a <say>'s alias may say instead of their words: how to read a
// word, an abbreviation or a number, never a text of its own (which would be spoken and not
// printed).
inline constexpr std::size_t max_alias_words = 20;
inline constexpr std::size_t max_say_alias_words = 60;

// A handout's id names its files, "<id><suffix>" (".pdf", ".epub"), each written first under a
// temporary name of its own: the longest must fit a file name's 255 bytes (NAME_MAX). The reader
// knows no format's suffix; tests/unit/cli/output_names_test.cpp checks this limit against
// every suffix the formats declare, so `check` refuses every id `build` could not write.
inline constexpr std::size_t max_id_length = 200;

// The names of the output folder's own files, made for every handout together: out/index.html
// (the list of handouts), out/offline.js (the web pages' offline worker) and out/manifest.json. A
// handout with one of these ids would overwrite one (tests/unit/cli/output_names_test.cpp checks
// them against the files the formats' collections and the command line write).
inline constexpr std::array<std::string_view, 3> reserved_ids = {"index", "manifest", "offline"};

// Every word of the handout that is printed and spoken (title, headings, blocks, authors,
// descriptions, captions, exercise names), counting a <say>'s alias instead of its text where
// the alias is longer.
std::size_t count_words(const model::Handout& handout);

// The words of a text: runs of non-blank characters.
std::size_t count_words_in(std::string_view text);

// The first code point of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko) in
// `text`, or 0. Neither output can lay such text out or speak it yet.
char32_t first_right_to_left(std::string_view text);

// The length in code points of the longest run of non-space characters in `text`.
std::size_t longest_word(std::string_view text);

}  // namespace handout::content
