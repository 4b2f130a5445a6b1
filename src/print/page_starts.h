#pragma once
// Where each printed page starts in the model's text, so that another format (the EPUB's page
// list) can put "page 3" where the PDF's page 3 begins.
#include <vector>

#include "print/layout.h"

namespace handout::print {

struct PageStart {
  int page = 0;       // from 1
  TextAnchor anchor;  // of the page's first line made from model text
};

// One entry per page that has a line made from model text, in page order.
std::vector<PageStart> page_starts(const Layout& layout);

}  // namespace handout::print
