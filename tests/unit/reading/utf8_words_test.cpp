// Word boundaries step whole code points and never read past the text (found by the fuzzer).
#include "reading/utf8_words.h"

#include <doctest/doctest.h>

namespace handout::test {

TEST_CASE("word boundaries at the last character of a text stay inside it") {
  CHECK(reading::word_before("not.", 3));
  CHECK_FALSE(reading::word_at("not.", 3));
  CHECK_FALSE(reading::word_at("not.", 4));
  CHECK(reading::word_at("caf\xC3\xA9", 3));
  CHECK(reading::is_whole_word("a caf\xC3\xA9", 2, 5));
}

}  // namespace handout::test
