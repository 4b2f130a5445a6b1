// The small pure pieces: the ToUnicode CMap.
#include <doctest/doctest.h>

#include "print/to_unicode.h"

namespace handout::test {

TEST_CASE("the ToUnicode CMap maps every character shown at most 100 per block no cidrange") {
  std::set<char32_t> shown;
  for (char32_t c = 0x20; c < 0x20 + 150; ++c) shown.insert(c);
  shown.insert(0x00E9);
  shown.insert(0x2192);
  const std::string cmap = print::to_unicode_cmap(shown);
  CHECK(cmap.find("cidrange") == std::string::npos);
  CHECK(cmap.find("100 beginbfchar") != std::string::npos);
  CHECK(cmap.find("52 beginbfchar") != std::string::npos);
  CHECK(cmap.find("<00E9> <00E9>") != std::string::npos);
  CHECK(cmap.find("<2192> <2192>") != std::string::npos);
  std::size_t entries = 0;
  for (std::size_t at = 0; (at = cmap.find("> <", at)) != std::string::npos; ++at) ++entries;
  CHECK(entries == shown.size() + 1);  // and the code space range
}

}  // namespace handout::test
