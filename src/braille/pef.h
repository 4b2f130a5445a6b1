#pragma once
// PEF 2008-1 (Portable Embosser Format, http://www.daisy.org/ns/2008/pef): the same pages
// in Unicode braille, with the page size, so every embosser keeps the pagination.
#include <string>
#include <vector>

#include "braille/layout.h"

namespace handout::braille {

struct PefMeta {
  std::string identifier;  // dc:identifier
  std::string title;       // dc:title
  std::string language;    // dc:language, a BCP 47 tag
  std::string date;        // dc:date, YYYY-MM-DD
};

std::string pef(const std::vector<Page>& pages, PageSize size, const PefMeta& meta);

}  // namespace handout::braille
