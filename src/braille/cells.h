#pragma once
// Braille cells as Unicode braille (U+2800 to U+283F: six dots), and the North American
// Braille ASCII (BRF) that embossers read: 64 characters, one per six-dot cell, upper case.
#include <string>
#include <string_view>

namespace handout::braille {

using Cells = std::u16string;  // each char16_t is U+2800 plus the dots (bit 0 is dot 1)

inline constexpr char16_t blank_cell = u'\u2800';

// Not cells: places where an address (a web or email address, which is never hyphenated) may
// be divided between lines: after a slash or before a dot, and, only where no such place fits
// the line, after a hyphen of the address or before its @ or underscore. The translator puts
// them in; wrap() takes them out, so no page ever holds one.
inline constexpr char16_t division_mark = u'\uE000';
inline constexpr char16_t second_division_mark = u'\uE001';

// The cells of `cells`, division marks not counted.
std::size_t cell_count(const Cells& cells);

// A six-dot cell (U+2800..U+283F).
bool is_six_dot(char16_t cell);
// The BRF character of a six-dot cell ("A" for dot 1, " " for no dot).
char brf_char(char16_t cell);
// The cell of a BRF character (lower-case letters read as upper case); nothing else.
bool cell_of_brf(char brf, char16_t& cell);
// Cells as BRF text; every cell must be six-dot.
std::string to_brf(const Cells& cells);
// BRF text as cells; every character must be a BRF character.
Cells from_brf(std::string_view brf);
// UTF-8 of Unicode braille, as PEF writes it.
std::string to_utf8(const Cells& cells);

// Without blank cells at the end.
Cells trim_right(Cells cells);

}  // namespace handout::braille
