#pragma once
// UTF-8 <-> code points, for text the content reader has already validated.
#include <string>
#include <string_view>
#include <vector>

namespace handout::print {

// Malformed bytes (never produced by the reader) decode as U+FFFD.
std::vector<char32_t> decode_utf8(std::string_view text);
void append_utf8(std::string& out, char32_t code_point);
// "U+00E9", as error messages name a character.
std::string code_point_name(char32_t code_point);

}  // namespace handout::print
