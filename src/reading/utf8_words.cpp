#include "reading/utf8_words.h"

#include "lang/utf8.h"

namespace handout::reading {

namespace {

bool is_continuation(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

// The code point starting at `pos`; a malformed byte stands for itself.
char32_t decode_at(std::string_view text, std::size_t pos) {
  const auto byte = static_cast<unsigned char>(text[pos]);  // before decode_one moves `pos`
  return lang::decode_one(text, pos).value_or(byte);
}

}  // namespace

bool is_word_code_point(char32_t c) {
  if (c < 0x80) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
  if (c < 0xC0) return false;                    // Latin-1 punctuation and symbols
  if (c == 0xD7 || c == 0xF7) return false;      // × ÷
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  return true;
}

bool word_before(std::string_view text, std::size_t pos) {
  if (pos == 0 || pos > text.size()) return false;
  std::size_t start = pos - 1;
  while (start > 0 && is_continuation(static_cast<unsigned char>(text[start]))) --start;
  return is_word_code_point(decode_at(text, start));
}

bool word_at(std::string_view text, std::size_t pos) {
  return pos < text.size() && is_word_code_point(decode_at(text, pos));
}

bool is_whole_word(std::string_view text, std::size_t pos, std::size_t length) {
  return !word_before(text, pos) && !word_at(text, pos + length);
}

std::size_t word_end(std::string_view text, std::size_t pos) {
  while (pos < text.size() && word_at(text, pos)) {
    ++pos;
    while (pos < text.size() && is_continuation(static_cast<unsigned char>(text[pos]))) ++pos;
  }
  return pos;
}

std::size_t word_start(std::string_view text, std::size_t pos) {
  while (pos > 0 && word_before(text, pos)) {
    --pos;
    while (pos > 0 && is_continuation(static_cast<unsigned char>(text[pos]))) --pos;
  }
  return pos;
}

}  // namespace handout::reading
