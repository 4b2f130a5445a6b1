#pragma once
// Greedy line breaking: left aligned, ragged right, no hyphenation. A word wider than the
// line (a long URL) is broken between characters, preferably after '/', '.', '?', '&'.
#include <span>
#include <vector>

#include "print/measure.h"
#include "print/text.h"

namespace handout::print {

struct Span {
  Glyphs glyphs;
  double x = 0;  // from the line's left edge
  friend bool operator==(const Span&, const Span&) = default;
};

struct Line {
  std::vector<Span> spans;  // a line that ends at a space keeps it, so extracted words stay apart
  double width = 0;         // of the ink, without that trailing space
};

std::vector<Line> break_lines(std::span<const Word> words, double width,
                              const TextMeasure& measure);

}  // namespace handout::print
