#include "print/page_starts.h"

namespace handout::print {

std::vector<PageStart> page_starts(const Layout& layout) {
  std::vector<PageStart> out;
  for (std::size_t i = 0; i < layout.pages.size(); ++i) {
    for (const PlacedLine& line : layout.pages[i].lines) {
      if (line.anchor.source == nullptr) continue;
      out.push_back({static_cast<int>(i) + 1, line.anchor});
      break;
    }
  }
  return out;
}

}  // namespace handout::print
