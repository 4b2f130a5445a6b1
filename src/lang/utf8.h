#pragma once
// UTF-8 <-> code points: the one decoder and encoder every module uses.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace handout::lang {

// Decodes the code point starting at byte `pos` and advances `pos` past it; nothing for a
// malformed, overlong or surrogate sequence (then `pos` is left where it was).
std::optional<char32_t> decode_one(std::string_view text, std::size_t& pos);
// The whole text; malformed bytes (never produced by the reader) decode as U+FFFD.
std::vector<char32_t> decode_utf8(std::string_view text);
void append_utf8(std::string& out, char32_t code_point);
std::string to_utf8(char32_t code_point);
// "U+00E9", as error messages name a character.
std::string code_point_label(char32_t code_point);
// How a message shows a character to an admin, from ICU's character names:
// "👍 (THUMBS UP SIGN)", or "U+E000" for a character without a name or that cannot be shown.
// An invisible character is "U+00AD SOFT HYPHEN".
std::string character_for_admin(char32_t code_point);

// Whether a character is an invisible format character (Unicode category Cf: soft hyphen,
// zero-width space, word joiner, a byte-order mark inside the text …).
bool is_invisible_format(char32_t code_point);

// Whether a character is an emoji shown as a colour picture by default (Unicode's
// Emoji_Presentation, from ICU): "👍", "🐈"; not "©" or "❤", which are text first.
bool is_emoji_picture(char32_t code_point);

}  // namespace handout::lang
