#include "braille/brf.h"

namespace handout::braille {

std::string brf(const std::vector<Page>& pages) {
  std::string out;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    if (p > 0) out += '\f';
    for (const Cells& line : pages[p]) out += to_brf(trim_right(line)) + "\r\n";
  }
  return out;
}

}  // namespace handout::braille
