#pragma once
// Where each printed page starts in the model's text, so that another format (the EPUB's page
// list) can put "page 3" where the PDF's page 3 begins.
#include <string>
#include <vector>

#include "print/layout.h"

namespace handout::print {

struct PageStart {
  int page = 0;       // from 1
  TextAnchor anchor;  // of the page's first line made from model text
};

// One entry per page that has a line made from model text, in page order.
std::vector<PageStart> page_starts(const Layout& layout);

// A page start named by the reading order (model/reading_order.h), as other formats see it.
struct UnitPageStart {
  int page = 0;
  std::string unit;        // "u12"
  std::size_t offset = 0;  // in the unit's plain text (0 for the byline and the contact block)
  // The contact block's or the closing's sentence the page starts with, else empty (then
  // `unit` is empty for the closing).
  std::string sentence;
  friend bool operator==(const UnitPageStart&, const UnitPageStart&) = default;
};

// `starts` must come from a layout of `handout`.
std::vector<UnitPageStart> unit_page_starts(const model::Handout& handout,
                                            const std::vector<PageStart>& starts);

}  // namespace handout::print
