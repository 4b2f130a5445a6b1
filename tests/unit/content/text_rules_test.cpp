#include "content/text_rules.h"

#include <doctest/doctest.h>

using namespace handout;
using content::collapse_whitespace;

TEST_CASE("white space collapses as in HTML") {
  CHECK(collapse_whitespace("  a \t\n b  ") == "a b");
  CHECK(collapse_whitespace(" \n ") == "");
}
