// Print's text where braille shows it otherwise: a link's address after its words, the dose
// line's parts between semicolons.
#include "braille/braille_text.h"

#include <doctest/doctest.h>

namespace handout::test {

TEST_CASE("a link with words becomes its words then its address as a web run in parentheses") {
  const model::Location at{7, 3};
  const model::Inlines out = braille::with_addresses(
      {model::Run{model::RunKind::web, "the video", "", true, at, {}, false, "https://x.org/v"}});
  REQUIRE(out.size() == 4);
  CHECK(out[0].kind == model::RunKind::text);  // contracted like the words around it
  CHECK(out[0].text == "the video");
  CHECK(out[0].emphasis);
  CHECK(out[0].at == at);
  CHECK(out[1].text == " (");
  CHECK(out[2].kind == model::RunKind::web);  // never contracted
  CHECK(out[2].text == "https://x.org/v");
  CHECK(out[2].href.empty());
  CHECK(out[2].at == at);  // a character braille cannot write is reported at the link
  CHECK(out[3].text == ")");
}

TEST_CASE("a link without words and other runs stay as they are") {
  const model::Inlines in{model::Run{model::RunKind::text, "see ", "", false, {1, 1}},
                          model::Run{model::RunKind::web, "www.x.org", "", false, {1, 5}},
                          model::Run{model::RunKind::phone, "(207) 555-0100", "", false, {1, 9}}};
  CHECK(braille::with_addresses(in) == in);
}

TEST_CASE("the dose line's parts are separated by semicolons instead of middle dots") {
  CHECK(braille::dose_line("Dose: 2 sets \u00B7 10 times \u00B7 each side") ==
        "Dose: 2 sets; 10 times; each side");
  CHECK(braille::dose_line("Dosis: 1 vez") == "Dosis: 1 vez");
}

}  // namespace handout::test
