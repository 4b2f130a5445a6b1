#include "content/text_rules.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace handout;
using model::Run;
using model::RunKind;

namespace {

Run text(std::string s, bool emphasis = false) {
  return {RunKind::text, std::move(s), {}, emphasis, {}};
}

}  // namespace

TEST_CASE("white space collapses and is trimmed as in HTML") {
  CHECK(content::collapse_whitespace("  a \t\n b  ") == "a b");
  CHECK(content::collapse_whitespace("a\r\nb") == "a b");
  CHECK(content::collapse_whitespace(" \n ") == "");
  CHECK(content::collapse_whitespace("a\u00a0 b") == "a\u00a0 b");  // no-break space is a character
}

TEST_CASE("white space at run boundaries is kept once and the sequence is trimmed") {
  model::Inlines runs = {text("  Apply "), text(" ice ", true), text(" often. \n")};
  content::normalise_whitespace(runs);
  REQUIRE(runs.size() == 3);
  CHECK(runs[0].text == "Apply ");
  CHECK(runs[1].text == "ice ");
  CHECK(runs[2].text == "often.");
}

TEST_CASE("neighbouring plain runs with the same emphasis merge and others stay apart") {
  model::Inlines runs = {
      text("Call "), text("us"), {RunKind::phone, "555-0100", {}, false, {}}, text(" now")};
  content::normalise_whitespace(runs);
  REQUIRE(runs.size() == 3);
  CHECK(runs[0].text == "Call us");
  CHECK(runs[1].kind == RunKind::phone);
  CHECK(runs[2].text == " now");
}

TEST_CASE("runs left empty by trimming are dropped") {
  model::Inlines runs = {text(" "), text("word", true), text(" ")};
  content::normalise_whitespace(runs);
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].text == "word");
  CHECK(runs[0].emphasis);
}

TEST_CASE("ids are safe file names") {
  CHECK(content::is_valid_id("dry-needling"));
  CHECK(content::is_valid_id("2026-flu"));
  CHECK_FALSE(content::is_valid_id(""));
  CHECK_FALSE(content::is_valid_id("-lead"));
  CHECK_FALSE(content::is_valid_id("Upper"));
  CHECK_FALSE(content::is_valid_id("a_b"));
  CHECK_FALSE(content::is_valid_id("../etc"));
  CHECK_FALSE(content::is_valid_id("a/b"));
}

TEST_CASE("ids derived from headings") {
  CHECK(content::derive_id("What is dry needling?") == "what-is-dry-needling");
  CHECK(content::derive_id("  Heat & ice -- 2 ways ") == "heat-ice-2-ways");
  CHECK(content::derive_id("¿Qué es el frío?") == "que-es-el-frio");
  CHECK(content::derive_id("Señales de alarma") == "senales-de-alarma");
  CHECK(content::derive_id("???") == "section");
  CHECK(content::is_valid_id(content::derive_id("Ünïcödé ✓ heading")));
}

TEST_CASE("a language tag has the shape of BCP 47") {
  CHECK(content::is_language_tag("en-US"));
  CHECK(content::is_language_tag("es"));
  CHECK(content::is_language_tag("es-419"));
  CHECK(content::is_language_tag("zh-Hant-TW"));
  CHECK(content::is_language_tag("xx-YY"));  // well formed; the audio writer knows no voice
  CHECK_FALSE(content::is_language_tag("English"));
  CHECK_FALSE(content::is_language_tag("e"));
  CHECK_FALSE(content::is_language_tag(""));
  CHECK_FALSE(content::is_language_tag("en-"));
  CHECK_FALSE(content::is_language_tag("en_US"));
  CHECK_FALSE(content::is_language_tag("en-toolongsubtag"));
}
