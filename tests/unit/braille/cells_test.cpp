// Braille ASCII: 64 characters, one per six-dot cell, upper case.
#include "braille/cells.h"

#include <doctest/doctest.h>

#include <set>

namespace handout::test {

TEST_CASE("each of the 64 six-dot cells has its own BRF character - and back") {
  std::set<char> seen;
  for (char16_t cell = 0x2800; cell <= 0x283F; ++cell) {
    const char c = braille::brf_char(cell);
    CHECK(c >= 0x20);
    CHECK(c <= 0x5F);
    CHECK((c < 'a' || c > 'z'));
    seen.insert(c);
    char16_t back = 0;
    REQUIRE(braille::cell_of_brf(c, back));
    CHECK(back == cell);
  }
  CHECK(seen.size() == 64);
}

TEST_CASE("known BRF characters: letters numbers sign and capital") {
  CHECK(braille::brf_char(u'\u2801') == 'A');   // dot 1
  CHECK(braille::brf_char(u'\u283C') == '#');   // dots 3-4-5-6
  CHECK(braille::brf_char(u'\u2820') == ',');   // dot 6
  CHECK(braille::brf_char(u'\u2833') == '\\');  // dots 1-2-5-6
  CHECK(braille::brf_char(u'\u2800') == ' ');
  char16_t cell = 0;
  CHECK(braille::cell_of_brf('a', cell));
  CHECK(cell == u'\u2801');
  CHECK_FALSE(braille::cell_of_brf('~', cell));
  CHECK_FALSE(braille::cell_of_brf('\t', cell));
}

TEST_CASE("a cell with dot 7 or 8 has no BRF character") {
  CHECK_FALSE(braille::is_six_dot(u'\u2840'));
  CHECK_THROWS(braille::brf_char(u'\u2873'));
}

}  // namespace handout::test
