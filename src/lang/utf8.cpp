#include "lang/utf8.h"

#include <unicode/uchar.h>

#include <cstdio>

namespace handout::lang {

namespace {

constexpr char32_t replacement = 0xFFFD;

bool is_continuation(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

struct Lead {
  std::size_t length = 0;  // 0: not a lead byte
  char32_t bits = 0;
  char32_t minimum = 0;  // smaller values are overlong
};

Lead lead_of(unsigned char byte) {
  if (byte < 0x80) return {1, byte, 0};
  if ((byte & 0xE0) == 0xC0) return {2, byte & 0x1Fu, 0x80};
  if ((byte & 0xF0) == 0xE0) return {3, byte & 0x0Fu, 0x800};
  if ((byte & 0xF8) == 0xF0) return {4, byte & 0x07u, 0x10000};
  return {};
}

}  // namespace

std::optional<char32_t> decode_one(std::string_view text, std::size_t& pos) {
  if (pos >= text.size()) return std::nullopt;
  const Lead lead = lead_of(static_cast<unsigned char>(text[pos]));
  if (lead.length == 0 || pos + lead.length > text.size()) return std::nullopt;
  char32_t c = lead.bits;
  for (std::size_t i = 1; i < lead.length; ++i) {
    const auto byte = static_cast<unsigned char>(text[pos + i]);
    if (!is_continuation(byte)) return std::nullopt;
    c = (c << 6) | (byte & 0x3Fu);
  }
  if (c < lead.minimum || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return std::nullopt;
  pos += lead.length;
  return c;
}

std::vector<char32_t> decode_utf8(std::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (const std::optional<char32_t> c = decode_one(text, pos)) {
      out.push_back(*c);
    } else {
      out.push_back(replacement);
      ++pos;
    }
  }
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  const auto byte = [&out](char32_t value) { out.push_back(static_cast<char>(value)); };
  if (c < 0x80) {
    byte(c);
  } else if (c < 0x800) {
    byte(0xC0 | (c >> 6));
    byte(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    byte(0xE0 | (c >> 12));
    byte(0x80 | ((c >> 6) & 0x3F));
    byte(0x80 | (c & 0x3F));
  } else {
    byte(0xF0 | (c >> 18));
    byte(0x80 | ((c >> 12) & 0x3F));
    byte(0x80 | ((c >> 6) & 0x3F));
    byte(0x80 | (c & 0x3F));
  }
}

std::string to_utf8(char32_t code_point) {
  std::string out;
  append_utf8(out, code_point);
  return out;
}

std::string code_point_label(char32_t code_point) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(code_point));
  return buffer;
}

std::string character_for_admin(char32_t code_point) {
  const auto c = static_cast<UChar32>(code_point);
  char name[128];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t length = u_charName(c, U_UNICODE_CHAR_NAME, name, sizeof name, &status);
  if (U_FAILURE(status) || length <= 0) return code_point_label(code_point);
  const std::string named(name, static_cast<std::size_t>(length));
  // An invisible character is named by its code: quoting it would show nothing.
  if (!u_isgraph(c)) return code_point_label(code_point) + " " + named;
  return to_utf8(code_point) + " (" + named + ")";
}

namespace {

int cluster_break(char32_t c) {
  return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_GRAPHEME_CLUSTER_BREAK);
}

}  // namespace

std::size_t character_end(std::string_view text, std::size_t pos) {
  const std::size_t start = pos;
  const std::optional<char32_t> first = decode_one(text, pos);
  if (!first) return start + 1;
  char32_t previous = *first;
  int regional = cluster_break(*first) == U_GCB_REGIONAL_INDICATOR ? 1 : 0;
  for (std::size_t next = pos; next < text.size();) {
    const std::optional<char32_t> c = decode_one(text, next);
    if (!c) break;
    const int kind = cluster_break(*c);
    const bool joined = cluster_break(previous) == U_GCB_ZWJ &&
                        u_hasBinaryProperty(static_cast<UChar32>(*c), UCHAR_EXTENDED_PICTOGRAPHIC);
    const bool flag = kind == U_GCB_REGIONAL_INDICATOR && regional == 1;
    if (kind != U_GCB_EXTEND && kind != U_GCB_ZWJ && kind != U_GCB_SPACING_MARK && !joined && !flag)
      break;
    if (flag) regional = 2;
    previous = *c;
    pos = next;
  }
  return pos;
}

bool is_variation_selector(char32_t code_point) {
  return u_hasBinaryProperty(static_cast<UChar32>(code_point), UCHAR_VARIATION_SELECTOR);
}

bool is_emoji_picture(char32_t code_point) {
  return u_hasBinaryProperty(static_cast<UChar32>(code_point), UCHAR_EMOJI_PRESENTATION);
}

bool is_invisible_format(char32_t code_point) {
  return u_charType(static_cast<UChar32>(code_point)) == U_FORMAT_CHAR;
}

}  // namespace handout::lang
