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

// The byte after the character a reader sees that starts at byte `pos` (its grapheme cluster): a
// base with its combining marks, an emoji with its variation selector, skin tone or the emoji
// it is joined to (U+200D), a flag's two letters. For a malformed byte, the byte after it.
std::size_t character_end(std::string_view text, std::size_t pos);

// Whether a character only chooses how the one before it is shown (a variation selector, such
// as U+FE0F's emoji presentation): it has no reading of its own.
bool is_variation_selector(char32_t code_point);

// Whether a character is an invisible format character (Unicode category Cf: soft hyphen,
// zero-width space, word joiner, a byte-order mark inside the text …).
bool is_invisible_format(char32_t code_point);

// Whether a character is an emoji shown as a colour picture by default (Unicode's
// Emoji_Presentation, from ICU): "👍", "🐈"; not "©" or "❤", which are text first.
bool is_emoji_picture(char32_t code_point);

}  // namespace handout::lang
