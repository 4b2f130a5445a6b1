#pragma once
// Page furniture (artifacts, in the margins). The footer of every page: "Page N of M" at the
// left margin on the bottom line, always in the same place, and the revision date
// right-aligned beside it, or above it (wrapped to the text's width) when both do not fit on
// one line. The header of every page after the first: the handout's short running title, so
// separated printed pages can be matched.
#include <optional>
#include <string>

#include "lang/terms.h"
#include "print/measure.h"
#include "print/paginate.h"
#include "print/style.h"

namespace handout::print {

struct FooterText {
  lang::Terms terms;
  std::optional<std::string> revised;  // already worded, e.g. "Revised November 26, 2026"
};

// How many lines the footer needs for a document of up to 999 pages.
int footer_line_count(const FooterText& text, const Style& style, const TextMeasure& measure);

std::vector<PlacedLine> footer_lines(const FooterText& text, int page, int pages,
                                     const Style& style, const TextMeasure& measure);

// The title as it fits on one line of the footer's size: whole, else its first words and an
// ellipsis (empty when not even the first word fits).
std::string running_title(const std::string& title, const Style& style, const TextMeasure& measure);

// The running title's line in the top margin (none for an empty title), and where it ends,
// from the paper's top edge.
std::vector<PlacedLine> header_lines(const std::string& running_title, const Style& style,
                                     const TextMeasure& measure);
double header_bottom(const Style& style);

}  // namespace handout::print
