// What several formats say about one character they cannot write is said once, where the
// first said it; every other message is left as it was.
#include "model/diagnostic.h"

#include <doctest/doctest.h>

namespace handout::test {

namespace {

const model::CharacterGap snowman{"☃ (SNOWMAN)", "be printed"};
const model::CharacterGap snowman_braille{"☃ (SNOWMAN)", "be written in Unified English Braille"};

}  // namespace

TEST_CASE("a character one format cannot write is one error that says what to do") {
  const model::Diagnostic d = model::cannot_write("a.xml", {3, 7}, snowman);
  CHECK(d.severity == model::Severity::error);
  CHECK(model::format(d) ==
        "a.xml:3:7: the character ☃ (SNOWMAN) cannot be printed: delete it or write it in words");
}

TEST_CASE("the same character at the same place in two formats is one message") {
  const model::Diagnostics merged =
      model::merge_character_gaps({model::cannot_write("a.xml", {3, 7}, snowman),
                                   {"a.xml", {4, 1}, "other"},
                                   model::cannot_write("a.xml", {3, 7}, snowman_braille)});
  REQUIRE(merged.size() == 2);
  CHECK(merged[0].message ==
        "the character ☃ (SNOWMAN) cannot be printed or written in Unified English Braille: "
        "delete it or write it in words");
  CHECK(merged[1].message == "other");
}

TEST_CASE("three formats are listed with commas and the same format is named once") {
  const model::Diagnostics merged = model::merge_character_gaps(
      {model::cannot_write("a.xml", {1, 1}, {"x", "be printed"}),
       model::cannot_write("a.xml", {1, 1}, {"x", "be printed"}),
       model::cannot_write("a.xml", {1, 1}, {"x", "be spoken"}),
       model::cannot_write("a.xml", {1, 1}, {"x", "be written in braille"})});
  REQUIRE(merged.size() == 1);
  CHECK(merged[0].message ==
        "the character x cannot be printed, spoken, or written in braille: delete it or "
        "write it in words");
}

TEST_CASE("the same character at two places or two characters at one place stay apart") {
  const model::Diagnostics merged = model::merge_character_gaps(
      {model::cannot_write("a.xml", {1, 1}, snowman), model::cannot_write("a.xml", {1, 9}, snowman),
       model::cannot_write("b.xml", {1, 1}, snowman),
       model::cannot_write("a.xml", {1, 1}, {"中 (CJK UNIFIED IDEOGRAPH-4E2D)", "be printed"})});
  CHECK(merged.size() == 4);
}

}  // namespace handout::test
