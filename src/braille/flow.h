#pragma once
// The handout's pieces as braille lines of one page width, before they are cut into pages.
#include <vector>

#include "braille/cells.h"
#include "braille/pieces.h"
#include "braille/translator.h"

namespace handout::braille {

struct FlowLine {
  Cells cells;                  // with its leading blank cells
  bool blank = false;           // a blank line, left out at the top of a page
  bool keep_with_next = false;  // never the last line of a page (a heading, a box's top)
};

// BANA Braille Formats: title, subtitle and authors centred, then a blank line; level-1
// headings and the contact heading centred, level 2 and office names at cell 5, deeper levels
// at cell 7, each after a blank line and kept with the line after it; paragraphs 3-1; list
// items and steps 1-3 after their bullet or number; a transcriber's note 7-5; a note between
// box lines (dots 2-3-5-6 above, 1-2-4-5 below) with its label centred first, neither box line
// alone on a page; the contact lines 1-3.
std::vector<FlowLine> flow(const std::vector<Piece>& pieces, const Translator& translator,
                           int width);

}  // namespace handout::braille
