// liblouis as the writer uses it: our BRF table is liblouis's North American display table,
// characters a code cannot write are located errors, addresses are not contracted, <em>
// takes the emphasis indicators and a transcriber's note the code's indicators.
#include <doctest/doctest.h>
#include <liblouis.h>

#include "braille/braille_check.h"
#include "braille/braille_code.h"
#include "braille/braille_text.h"
#include "braille/cells.h"
#include "braille/louis_translator.h"
#include "read_sample.h"

namespace handout::test {

namespace {

std::string brf_of(const braille::Code& code, const model::Inlines& runs) {
  return braille::to_brf(braille::LouisTranslator(code).translate(runs));
}

model::Run run(model::RunKind kind, const std::string& text, bool emphasis = false) {
  return model::Run{kind, text, "", emphasis, {1, 1}};
}

const model::LanguageTag english{"en-US", {}}, spanish{"es", {}};

}  // namespace

TEST_CASE("the BRF characters are those of liblouis's en-us-brf.dis") {
  for (widechar dots = 0; dots < 64; ++dots) {
    widechar cell = LOU_DOTS | dots, shown = 0;
    REQUIRE(lou_dotsToChar("en-us-brf.dis", &cell, &shown, 1, 0) == 1);
    CHECK(static_cast<char>(shown) == braille::brf_char(static_cast<char16_t>(0x2800 + dots)));
  }
}

TEST_CASE("a character the Spanish tables lack is an error at its place - not an escape") {
  const testing::ReadResult read = testing::read_text(
      "<handout id=\"x\" lang=\"es\">\n<title>T</title>\n<section><heading>H</heading>\n"
      "<p>Agua a 38°C.</p></section>\n</handout>\n",
      "x");
  REQUIRE(read.handout);
  const model::Diagnostics errors =
      braille::check_braille(*read.handout, braille::braille_code(read.handout->lang, 2));
  REQUIRE(errors.size() == 1);
  CHECK(model::format(errors[0]) ==
        "x.xml:4:13: the character ° (DEGREE SIGN) cannot be written in Spanish braille (liblouis "
        "table es-g1.ctb): delete it or write it in words");
  // Even translated anyway, the BRF never holds liblouis's escape.
  const std::string brf =
      brf_of(braille::braille_code(spanish, 1), {run(model::RunKind::text, "38°C")});
  CHECK(brf.find("X00B0") == std::string::npos);
  CHECK(brf.find('\\') == std::string::npos);
}

TEST_CASE("English braille writes the degree sign and the samples' characters") {
  const testing::ReadResult read = testing::read_body(
      "<section><heading>H</heading><p>Warm 38°C, “soft” quotes – dashes…</p></section>");
  INFO(read.report());
  REQUIRE(read.handout);
  for (const int grade : {1, 2})
    CHECK(braille::check_braille(*read.handout, braille::braille_code(english, grade)).empty());
}

TEST_CASE("web and email addresses and phone numbers are not contracted") {
  const braille::Code grade_2 = braille::braille_code(english, 2);
  CHECK(brf_of(grade_2, {run(model::RunKind::text, "then")}) == "!N");
  CHECK(brf_of(grade_2, {run(model::RunKind::web, "www.then.org")}) == "WWW4THEN4ORG");
  CHECK(brf_of(grade_2, {run(model::RunKind::email, "ask@then.org")}) == "ASK@ATHEN4ORG");
}

TEST_CASE("emphasis takes the code's indicators - and grade 1 no contractions") {
  const braille::Code grade_2 = braille::braille_code(english, 2);
  const std::string plain = brf_of(grade_2, {run(model::RunKind::text, "Call us")});
  const std::string emphasised = brf_of(grade_2, {run(model::RunKind::text, "Call us", true)});
  CHECK(plain == ",CALL U");
  CHECK(emphasised == "^1,CALL ^1U");  // UEB's bold word indicators: print shows <em> bold
  const std::string passage =
      brf_of(grade_2, {run(model::RunKind::text, "Call us if it hurts", true)});
  CHECK(passage.starts_with("^7"));  // a bold passage: its indicator and terminator
  CHECK(passage.ends_with("^'"));
  CHECK(brf_of(braille::braille_code(english, 1), {run(model::RunKind::text, "the")}) == "THE");
}

TEST_CASE("Spanish is uncontracted braille whatever grade is asked") {
  for (const int grade : {1, 2}) {
    const braille::Code code = braille::braille_code(spanish, grade);
    CHECK(code.grade == 1);
    CHECK(code.table == "es-g1.ctb");
  }
}

TEST_CASE("a transcriber's note is between UEB's indicators from liblouis's table") {
  const model::Inlines note{run(model::RunKind::text, "Picture: the person")};
  // Dots 4, 4-6, 1-2-6 before and 4, 4-6, 3-4-5 after, unspaced (en-ueb-g1.ctb: transnote).
  CHECK(braille::to_brf(
            braille::LouisTranslator(braille::braille_code(english, 2)).transcriber_note(note)) ==
        "@.<,PICTURE3 ! P]SON@.>");
  CHECK(braille::to_brf(
            braille::LouisTranslator(braille::braille_code(english, 1)).transcriber_note(note)) ==
        "@.<,PICTURE3 THE PERSON@.>");
  // liblouis's Spanish table has no transcriber's-note indicators: the text alone.
  CHECK(braille::to_brf(braille::LouisTranslator(braille::braille_code(spanish, 1))
                            .transcriber_note({run(model::RunKind::text, "Imagen: una")})) ==
        ".IMAGEN3 UNA");
}

TEST_CASE("a link's words are contracted and its address after them is not") {
  model::Run link = run(model::RunKind::web, "the pendulum video");
  link.href = "https://example.org/videos/pendulum";
  CHECK(brf_of(braille::braille_code(english, 2), braille::with_addresses({link})) ==
        "! P5DULUM VIDEO \"<HTTPS3_/_/EXAMPLE4ORG_/VIDEOS_/PENDULUM\">");
}

TEST_CASE("the words the tool adds to exercise handouts have braille in every code") {
  const testing::ReadResult read = testing::read_text(
      "<handout id=\"x\" lang=\"es\">\n<title>T</title>\n<section><heading>H</heading>\n"
      "<exercise><name>Puente</name><dose sets=\"2\" reps=\"8-12\" hold=\"5\" rest=\"30\" "
      "times=\"3\" per=\"week\" side=\"right\"/></exercise>\n"
      "<note kind=\"emergency\">A</note><note kind=\"warning\">B</note>"
      "<note kind=\"tip\">C</note><note>D</note>\n"
      "<p><web href=\"https://example.org/v\">el video</web></p></section>\n</handout>\n",
      "x");
  INFO(read.report());
  REQUIRE(read.handout);
  for (const std::string tag : {"es", "en-US"}) {
    model::Handout handout = *read.handout;
    handout.lang.tag = tag;
    for (const int grade : {1, 2})
      CHECK(braille::check_braille(handout, braille::braille_code(handout.lang, grade)).empty());
  }
  // Print's middle dot between the dose's parts would be lost in Spanish: braille has ';'.
  CHECK_FALSE(braille::has_braille(braille::braille_code(spanish, 1), U'\u00B7'));
}

}  // namespace handout::test
