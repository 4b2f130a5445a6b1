#include "content/limits.h"

#include <algorithm>

#include "content/source_text.h"
#include "lang/utf8.h"
#include "model/reading_order.h"

namespace handout::content {

namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::size_t words_in(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    if (!is_blank(c) && !in_word) ++words;
    in_word = !is_blank(c);
  }
  return words;
}

// The printed words, and for each <say> the words its alias says beyond its text's.
std::size_t words_in(const model::Inlines& runs) {
  std::size_t words = words_in(model::plain_text(runs));
  for (const model::Run& run : runs)
    if (run.kind == model::RunKind::say)
      words += words_in(run.alias) - std::min(words_in(run.alias), words_in(run.text));
  return words;
}

}  // namespace

std::size_t count_words(const model::Handout& handout) {
  std::size_t words = 0;
  for (const model::Unit& unit : model::reading_order(handout))
    for (const model::Inlines* text : model::texts_of(unit)) words += words_in(*text);
  for (const model::Author& author : handout.authors) words += words_in(author.name);
  return words;
}

std::size_t count_words_in(std::string_view text) {
  return words_in(text);
}

char32_t first_right_to_left(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const std::optional<char32_t> c = lang::decode_one(text, pos);
    if (!c) return 0;
    const bool rtl = (*c >= 0x0590 && *c <= 0x08FF) || (*c >= 0xFB1D && *c <= 0xFDFF) ||
                     (*c >= 0xFE70 && *c <= 0xFEFF) || (*c >= 0x10800 && *c <= 0x10FFF) ||
                     (*c >= 0x1E800 && *c <= 0x1EFFF);
    if (rtl) return *c;
  }
  return 0;
}

std::size_t longest_word(std::string_view text) {
  std::size_t longest = 0;
  std::size_t current = 0;
  for (char c : text) {
    if (is_blank(c)) {
      current = 0;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      longest = std::max(longest, ++current);
    }
  }
  return longest;
}

}  // namespace handout::content
