#include "braille/cells.h"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "lang/utf8.h"

namespace handout::braille {

namespace {

// The dots of the BRF characters 0x20 ('space') to 0x5F ('_'), as a six-bit pattern.
constexpr std::array<unsigned char, 64> dots_of_brf{
    0x00, 0x2E, 0x10, 0x3C, 0x2B, 0x29, 0x2F, 0x04, 0x37, 0x3E, 0x21, 0x2C, 0x20, 0x24, 0x28, 0x0C,
    0x34, 0x02, 0x06, 0x12, 0x32, 0x22, 0x16, 0x36, 0x26, 0x14, 0x31, 0x30, 0x23, 0x3F, 0x1C, 0x39,
    0x08, 0x01, 0x03, 0x09, 0x19, 0x11, 0x0B, 0x1B, 0x13, 0x0A, 0x1A, 0x05, 0x07, 0x0D, 0x1D, 0x15,
    0x0F, 0x1F, 0x17, 0x0E, 0x1E, 0x25, 0x27, 0x3A, 0x2D, 0x3D, 0x35, 0x2A, 0x33, 0x3B, 0x18, 0x38};

constexpr std::array<char, 64> brf_of_dots = [] {
  std::array<char, 64> out{};
  for (std::size_t i = 0; i < dots_of_brf.size(); ++i)
    out[dots_of_brf[i]] = static_cast<char>(0x20 + i);
  return out;
}();

}  // namespace

bool is_six_dot(char16_t cell) {
  return cell >= 0x2800 && cell <= 0x283F;
}

char brf_char(char16_t cell) {
  if (!is_six_dot(cell)) throw std::logic_error("not a six-dot braille cell");
  return brf_of_dots[cell - 0x2800];
}

bool cell_of_brf(char brf, char16_t& cell) {
  if (brf >= 'a' && brf <= 'z') brf = static_cast<char>(brf - 'a' + 'A');
  if (brf < 0x20 || brf > 0x5F) return false;
  cell = static_cast<char16_t>(0x2800 + dots_of_brf[static_cast<std::size_t>(brf - 0x20)]);
  return true;
}

std::string to_brf(const Cells& cells) {
  std::string out;
  out.reserve(cells.size());
  for (const char16_t cell : cells) out += brf_char(cell);
  return out;
}

Cells from_brf(std::string_view brf) {
  Cells out;
  out.reserve(brf.size());
  for (const char c : brf) {
    char16_t cell = 0;
    if (!cell_of_brf(c, cell)) throw std::invalid_argument("not a BRF character");
    out += cell;
  }
  return out;
}

std::string to_utf8(const Cells& cells) {
  std::string out;
  for (const char16_t cell : cells) lang::append_utf8(out, cell);
  return out;
}

std::size_t cell_count(const Cells& cells) {
  return static_cast<std::size_t>(std::count_if(cells.begin(), cells.end(), [](char16_t cell) {
    return cell != division_mark && cell != second_division_mark;
  }));
}

Cells trim_right(Cells cells) {
  while (!cells.empty() && cells.back() == blank_cell) cells.pop_back();
  return cells;
}

}  // namespace handout::braille
