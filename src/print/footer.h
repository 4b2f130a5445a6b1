#pragma once
// The footer of every page: "Page N of M" at the left margin on the bottom line, always in
// the same place, and the revision date right-aligned beside it, or above it when both do not
// fit on one line. Footers are page furniture (artifacts), in the bottom margin.
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

// 1 or 2: how many lines the footer needs for a document of up to 999 pages.
int footer_line_count(const FooterText& text, const Style& style, const TextMeasure& measure);

std::vector<PlacedLine> footer_lines(const FooterText& text, int page, int pages,
                                     const Style& style, const TextMeasure& measure);

}  // namespace handout::print
