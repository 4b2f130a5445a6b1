#pragma once
// A braille page: cells per line and lines per page, as the embosser's paper allows.
namespace handout::braille {

struct PageSize {
  int cells = 40;  // 11.5-inch-wide paper on most North American embossers
  int lines = 25;  // 11-inch-long paper
};

inline constexpr int min_cells = 20, max_cells = 60, min_lines = 10, max_lines = 50;

}  // namespace handout::braille
