#pragma once
// Greedy line breaking: left aligned, ragged right, no hyphenation. A word wider than the
// line (a long URL) is broken between characters: after a slash if it can, else before a dot,
// '?', '&', '=', '#' or '_', else wherever it must.
#include <span>
#include <vector>

#include "print/measure.h"
#include "print/text.h"

namespace handout::print {

// What a span draws besides its text: a checklist's box, empty or ticked, as wide as the
// span (glyphs.width), its side checkbox_side(glyphs.size), standing on the baseline.
enum class Mark : unsigned char { none, box, ticked_box };

struct Span {
  Glyphs glyphs;  // a span with no text and no mark only marks its node's place (an empty cell)
  double x = 0;   // from the line's left edge
  Mark mark = Mark::none;
  friend bool operator==(const Span&, const Span&) = default;
};

struct Line {
  // A line that ends at a space keeps it, so extracted words stay apart, as a glyph of no
  // width: the last span ends where the ink does.
  std::vector<Span> spans;
  double width = 0;  // of the ink
};

std::vector<Line> break_lines(std::span<const Word> words, double width,
                              const TextMeasure& measure);

}  // namespace handout::print
