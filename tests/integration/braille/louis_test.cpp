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
#include "lang/utf8.h"
#include "read_sample.h"
#include "sample_braille.h"

namespace handout::test {

namespace {

// The runs' braille as BRF, the division marks of addresses left out.
std::string brf_of(const braille::Code& code, const model::Inlines& runs) {
  braille::Cells cells = braille::LouisTranslator(code).translate(runs);
  std::erase_if(cells, [](char16_t cell) { return !braille::is_six_dot(cell); });
  return braille::to_brf(cells);
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

TEST_CASE("a character no code can write is one error per character a reader sees") {
  // Two symbols with their emoji-presentation selector (an emoji proper is already the
  // reader's error): one message each, at its place, naming the character in words an admin
  // knows (no table names).
  const testing::ReadResult read = testing::read_text(
      "<handout id=\"x\" lang=\"es\">\n<title>T</title>\n<section><heading>H</heading>\n"
      "<p>Agua \u2603\uFE0F y \u2764\uFE0F hoy.</p></section>\n</handout>\n",
      "x");
  REQUIRE(read.handout);
  const model::Diagnostics errors =
      braille::check_braille(*read.handout, braille::braille_code(read.handout->lang, 2));
  REQUIRE(errors.size() == 2);
  CHECK(model::format(errors[0]) ==
        "x.xml:4:9: the character \u2603 (SNOWMAN) cannot be written in Spanish "
        "braille: delete it or write it in words");
  CHECK(errors[1].at.line == 4);
  CHECK(errors[1].message ==
        "the character \u2764 (HEAVY BLACK HEART) cannot be written in Spanish braille: delete it "
        "or write it in words");
  // Even translated anyway, the BRF never holds liblouis's escape.
  const std::string brf =
      brf_of(braille::braille_code(spanish, 1), {run(model::RunKind::text, "A \u2764 B")});
  CHECK(brf.find("X2764") == std::string::npos);
  CHECK(brf.find('\\') == std::string::npos);
}

TEST_CASE(
    "Spanish braille writes the signs liblouis's Spanish table lacks - in words where needed") {
  const testing::ReadResult read = testing::read_text(
      "<handout id=\"x\" lang=\"es\">\n<title>T</title>\n<section><heading>H</heading>\n"
      "<p>Fiebre de 38 \u00B0C o 100,4 \u00B0F, 40\u00B0, 38 \u2103; la 1.\u00AA y el "
      "2.\u00BA d\u00EDa; 5 \u2212 3; calor \u2192 fr\u00EDo \u2190 \u2191 \u2193; "
      "2 \u2030.</p></section>\n</handout>\n",
      "x");
  REQUIRE(read.handout);
  const braille::Code code = braille::braille_code(spanish, 1);
  CHECK(braille::check_braille(*read.handout, code).empty());
  const braille::LouisTranslator translator(code);
  const model::Section& section = std::get<model::Section>(read.handout->body.front());
  const model::Paragraph& p = std::get<model::Paragraph>(section.blocks.front());
  std::string read_back;
  for (const std::string& word : words_of(
           back_translated(braille::to_brf(translator.translate(p.content)), back_tables(code))))
    read_back += word + " ";
  CAPTURE(read_back);
  for (const std::string expected :
       {"38 grados celsius o 100 4 grados fahrenheit 40 grados 38 grados celsius",
        "la 1 a y el 2 o día", "calor flecha a la derecha frío flecha a la izquierda",
        "flecha hacia arriba flecha hacia abajo"})
    CHECK(read_back.find(expected) != std::string::npos);
  // The minus sign as the hyphen (dots 3-6) between the numbers.
  CHECK(brf_of(code, {run(model::RunKind::text, "5 \u2212 3")}) == "#E - #C");
}

TEST_CASE("English braille writes degrees Celsius and the ordinal indicators with UEB's signs") {
  const testing::ReadResult read = testing::read_body(
      "<section><heading>H</heading><p>Fever 38 \u2103 or 100 \u2109; 1\u00AA 2\u00BA "
      "x\u00B9; 5 \u2030; \u2193</p></section>");
  REQUIRE(read.handout);
  for (const int grade : {1, 2})
    CHECK(braille::check_braille(*read.handout, braille::braille_code(english, grade)).empty());
  // ℃ is written as print's "°C": UEB's degree sign (dots 45-245) and a capital C.
  CHECK(brf_of(braille::braille_code(english, 1), {run(model::RunKind::text, "38 \u2103")}) ==
        "#CH ^J,C");
  CHECK(brf_of(braille::braille_code(english, 1), {run(model::RunKind::text, "1\u00AA")}) ==
        "#A;9A");
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
  // Print's middle dot between the dose's parts is a ';' in braille, in every code.
  CHECK(braille::dose_line("2 sets \u00B7 8 reps") == "2 sets; 8 reps");
}

}  // namespace handout::test

namespace handout::test {

TEST_CASE("the characters a handout commonly holds that each code still cannot write are listed") {
  // Latin-1's signs and letters, general punctuation, the euro, letterlike symbols, arrows and
  // the common mathematical signs: what a patient handout typed in a word processor holds.
  std::vector<char32_t> set;
  const auto add = [&set](char32_t from, char32_t to) {
    for (char32_t c = from; c <= to; ++c) set.push_back(c);
  };
  add(0xA1, 0xFF);
  add(0x2010, 0x2027);
  add(0x2030, 0x203A);
  for (const char32_t c : {0x20AC, 0x2103, 0x2109, 0x2116, 0x2122, 0x2190, 0x2191, 0x2192, 0x2193,
                           0x2212, 0x2248, 0x2260, 0x2264, 0x2265})
    set.push_back(c);
  // The characters reviews found missing, which must now be written in every code.
  const std::u32string required = U"°ªº→←↑↓−℃℉‰≤≥≠≈•§¶™†′″·´¨„‚‟‛‹›‒";
  for (const braille::Code& code :
       {braille::braille_code(english, 2), braille::braille_code(english, 1),
        braille::braille_code(spanish, 1)}) {
    std::string missing;
    for (const char32_t c : set)
      if (c != 0xAD && !braille::written_as(code, c)) missing += " " + lang::to_utf8(c);
    MESSAGE(code.table << " cannot write:" << (missing.empty() ? " nothing" : missing));
    for (const char32_t c : required) {
      CAPTURE(lang::to_utf8(c));
      CHECK(braille::has_braille(code, c));
    }
  }
}

}  // namespace handout::test

namespace handout::test {

TEST_CASE("a letter of another Latin alphabet without a sign in the code is its basic letters") {
  const braille::Code code = braille::braille_code(spanish, 1);
  // Spanish braille has á and ü; not ç, ø, ß, Œ or Ł, which keep their letters, not their marks.
  CHECK(braille::written_as(code, U'\u00E1') == U"\u00E1");
  CHECK(braille::written_as(code, U'\u00E7') == U"c");
  CHECK(braille::written_as(code, U'\u00F8') == U"o");
  CHECK(braille::written_as(code, U'\u00DF') == U"ss");
  CHECK(braille::written_as(code, U'\u0152') == U"OE");
  CHECK(braille::written_as(code, U'\u0141') == U"L");
  // Not a Latin letter: nothing to fall back on.
  CHECK_FALSE(braille::written_as(code, U'\u05D0'));
  CHECK_FALSE(braille::written_as(code, U'\u4E00'));
  const std::string brf = brf_of(
      code,
      {run(model::RunKind::text, "Fran\u00E7ois S\u00F8ren Stra\u00DFe \u0141\u00F3d\u017A")});
  CHECK(brf == ".FRANCOIS .SOREN .STRASSE .L+DZ");
  // And the check lets a handout with such names build in Spanish braille.
  const testing::ReadResult read = testing::read_text(
      "<handout id=\"x\" lang=\"es\">\n<title>T</title>\n<section><heading>H</heading>\n"
      "<p>Dr. Fran\u00E7ois M\u00F8ller, S\u00E3o Paulo, \u00C5sa</p></section>\n</handout>\n",
      "x");
  REQUIRE(read.handout);
  CHECK(braille::check_braille(*read.handout, code).empty());
}

TEST_CASE("Spanish braille marks emphasis with dots 35 before and after as its code says") {
  const braille::Code code = braille::braille_code(spanish, 1);
  CHECK(brf_of(code, {run(model::RunKind::text, "no", true)}) == "9NO9");
  CHECK(brf_of(code, {run(model::RunKind::text, "Llame "),
                      run(model::RunKind::text, "de inmediato", true),
                      run(model::RunKind::text, " hoy")}) == ".LLAME 9DE INMEDIATO9 HOY");
}

}  // namespace handout::test
