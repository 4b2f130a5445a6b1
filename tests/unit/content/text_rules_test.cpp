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

TEST_CASE("dates are real calendar days written YYYY-MM-DD") {
  CHECK(content::is_valid_iso_date("2026-11-26"));
  CHECK(content::is_valid_iso_date("2024-02-29"));
  CHECK_FALSE(content::is_valid_iso_date("2025-02-29"));
  CHECK_FALSE(content::is_valid_iso_date("1900-02-29"));
  CHECK(content::is_valid_iso_date("2000-02-29"));
  CHECK_FALSE(content::is_valid_iso_date("2026-13-01"));
  CHECK_FALSE(content::is_valid_iso_date("2026-04-31"));
  CHECK_FALSE(content::is_valid_iso_date("2026-11-26Z"));
  CHECK_FALSE(content::is_valid_iso_date("26-11-2026"));
  CHECK_FALSE(content::is_valid_iso_date("2026-1-026"));
}

TEST_CASE("a language matches a voice more or less specific than itself") {
  const std::vector<std::string> voices = {"en", "en-gb", "en-us", "es", "fr-fr"};
  CHECK(content::has_voice("en-US", voices));
  CHECK(content::has_voice("EN-gb", voices));
  CHECK(content::has_voice("en-AU", voices));  // falls back to "en"
  CHECK(content::has_voice("fr", voices));     // served by "fr-fr"
  CHECK(content::has_voice("es", voices));
  CHECK_FALSE(content::has_voice("e", voices));
  CHECK_FALSE(content::has_voice("de", voices));
  CHECK_FALSE(content::has_voice("", voices));
  CHECK_FALSE(content::has_voice("English", voices));
}
