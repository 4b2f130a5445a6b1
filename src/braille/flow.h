#pragma once
// The handout's pieces as braille lines of one page width, before they are cut into pages.
#include <memory>
#include <vector>

#include "braille/cells.h"
#include "braille/pieces.h"
#include "braille/translator.h"

namespace handout::braille {

struct FlowLine {
  Cells cells;                  // with its leading blank cells
  bool blank = false;           // a blank line, left out at the top of a page
  bool keep_with_next = false;  // never the last line of a page (a heading, a box's top)
  // Kept with the next line when every line so kept fits on one page, as a table is (the end of
  // each of its rows), else a place the page may end.
  bool keep_if_short = false;
  // A columnar table's column headings and separation line, repeated at the top of a new page
  // before this line (a line of the table's body).
  std::shared_ptr<const std::vector<Cells>> headings;
};

// BANA Braille Formats: title, subtitle and authors centred, then a blank line; level-1
// headings and the contact heading centred, level 2 and office names at cell 5, deeper levels
// at cell 7, each after a blank line and kept with the line after it; paragraphs 3-1; list
// items and steps 1-3 after their bullet or number; a transcriber's note 7-5; a note between
// box lines (dots 2-3-5-6 above, 1-2-4-5 below) with its label centred first, neither box line
// alone on a page; the contact lines 1-3; a table's caption as a heading one level below its
// section's, the table as braille/table_flow.h lays it out, then a blank line; a checklist's
// transcriber's note in 7-5, then its items 1-3 after their marks.
std::vector<FlowLine> flow(const std::vector<Piece>& pieces, const Translator& translator,
                           int width);

}  // namespace handout::braille
