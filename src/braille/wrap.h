#pragma once
// Filling lines with braille words: a blank cell separates words, and a line breaks only
// between words. An address (a word with division marks, cells.h) is divided only at its marks
// (after a slash, before a dot), never with a hyphen; one longer than a whole line fills the
// line it starts on up to a mark. Another word longer than a whole line is divided at the end
// of the line with a hyphen (dots 3-6), never just after an indicator.
#include <vector>

#include "braille/cells.h"

namespace handout::braille {

// The lines of `text` in a block whose first line starts at cell `first + 1` and whose
// other lines start at cell `runover + 1` (BANA's "3-1" is first 2, runover 0), `width`
// cells wide. Each line holds its leading blank cells and no trailing ones.
std::vector<Cells> wrap(const Cells& text, int first, int runover, int width);

// Lines centred in `width` cells, at least three blank cells either side when the width
// leaves room for 12 cells of text, each made of whole words.
std::vector<Cells> centre(const Cells& text, int width);

// The words of `text`: the cells between blank cells.
std::vector<Cells> words(const Cells& text);

}  // namespace handout::braille
