#pragma once
// The braille pages of a handout: a pure function of the model, a translator and the page
// size. Every page has exactly `lines` lines of at most `cells` cells; the last line holds
// only the braille page number, at the right margin.
#include <vector>

#include "braille/cells.h"
#include "braille/flow.h"
#include "braille/page_size.h"
#include "braille/translator.h"
#include "model/handout.h"

namespace handout::braille {

using Page = std::vector<Cells>;  // each line without trailing blank cells

// Cuts the lines into pages: no blank line at the top of a page, and a line kept with the
// next (a heading, with the lines before it that are kept too) starts a new page rather than
// end one, unless the group is longer than a page.
std::vector<Page> paginate(const std::vector<FlowLine>& lines, PageSize size,
                           const Translator& translator);

std::vector<Page> lay_out(const model::Handout& handout, const Translator& translator,
                          PageSize size);

}  // namespace handout::braille
