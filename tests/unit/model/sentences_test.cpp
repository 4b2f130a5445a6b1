// Sentences as ICU cuts them for the handout's language, with runs kept whole or cut.
#include "lang/sentences.h"

#include <doctest/doctest.h>

#include "read_sample.h"

namespace handout::test {

namespace {

// The first paragraph of a handout in `lang` whose body is `body`.
model::Inlines paragraph(const std::string& body, const std::string& lang = "en-US") {
  const testing::ReadResult read =
      testing::read_text("<handout id=\"sample\" lang=\"" + lang + "\">\n<title>T</title>\n" +
                         body + "\n<section><heading>H</heading><p>x</p></section></handout>\n");
  REQUIRE_MESSAGE(read.handout, read.report());
  return std::get<model::Paragraph>(read.handout->body.front()).content;
}

// The sentences' printed texts, each ended by "|", readable when a check fails.
std::string texts(const std::vector<lang::Sentence>& sentences) {
  std::string out;
  for (const lang::Sentence& s : sentences) out += model::plain_text(s.runs) + '|';
  return out;
}

model::LanguageTag tag(std::string text) {
  return {std::move(text), {}};
}

}  // namespace

TEST_CASE("English sentences keep abbreviations such as Dr. inside") {
  const model::Inlines text =
      paragraph("<p>Dr. Smith will see you. Rest for 2 days! Is it sore? Call us.</p>");
  const std::vector<lang::Sentence> s = lang::split_sentences(text, tag("en-US"), "u4");
  CHECK(texts(s) == "Dr. Smith will see you. |Rest for 2 days! |Is it sore? |Call us.|");
  CHECK(s[0].id == "u4-s1");
  CHECK(s[3].id == "u4-s4");
}

TEST_CASE("Spanish sentences with inverted question and exclamation marks") {
  const model::Inlines text = paragraph(
      "<p>¿Le duele la rodilla? ¡Póngase hielo ahora! La Dra. Pérez le llamará.</p>", "es");
  const std::vector<lang::Sentence> s = lang::split_sentences(text, tag("es"), "u2");
  CHECK(texts(s) == "¿Le duele la rodilla? |¡Póngase hielo ahora! |La Dra. Pérez le llamará.|");
}

TEST_CASE("an abbreviation written in pieces with spaces ends no sentence inside it") {
  const model::Inlines es = paragraph(
      "<p>Vive en EE. UU. desde 2020. Vino de EE. UU. Llame hoy. Vea p. ej. la guía.</p>", "es");
  CHECK(texts(lang::split_sentences(es, tag("es"), "u2")) ==
        "Vive en EE. UU. desde 2020. |Vino de EE. UU. |Llame hoy. |Vea p. ej. la guía.|");
  // A one-letter word ending a sentence before a short one is still the end of it.
  const model::Inlines en = paragraph("<p>Take vitamin D. Go now. Take vitamin D. Ok.</p>");
  CHECK(texts(lang::split_sentences(en, tag("en-US"), "u2")) ==
        "Take vitamin D. |Go now. |Take vitamin D. |Ok.|");
}

TEST_CASE("a dosing abbreviation in small letters before one in capitals ends no sentence") {
  const model::Inlines en =
      paragraph("<p>Take 1 tab q.i.d. PRN. Then rest. Use 2 puffs t.d.s. Call us.</p>");
  CHECK(texts(lang::split_sentences(en, tag("en-US"), "u2")) ==
        "Take 1 tab q.i.d. PRN. |Then rest. |Use 2 puffs t.d.s. |Call us.|");
  const model::Inlines es = paragraph("<p>Tome 1 comp. QD.</p>", "es");
  CHECK(texts(lang::split_sentences(es, tag("es"), "u2")) == "Tome 1 comp. QD.|");
}

TEST_CASE("emphasis and places stay with the part of a run that is cut") {
  const model::Inlines text = paragraph("<p>Rest.\n  <em>Ice it. Then\n  walk.</em> Done.</p>");
  const std::vector<lang::Sentence> s = lang::split_sentences(text, tag("en-US"), "u2");
  CHECK(texts(s) == "Rest. |Ice it. |Then walk. |Done.|");
  REQUIRE(s.size() == 4);
  REQUIRE(s[1].runs.size() == 1);
  CHECK(s[1].runs[0].emphasis);
  REQUIRE(s[2].runs.size() == 2);
  CHECK(s[2].runs[0].emphasis);
  CHECK_FALSE(s[2].runs[1].emphasis);
  // "Then" was written on line 4 at column 15 (the paragraph starts on line 3), "walk" on 5.
  CHECK(s[2].runs[0].at.line == 4);
  CHECK(s[2].runs[0].at.column == 15);
  CHECK(model::locate_in(s[2].runs[0], 5).line == 5);
  CHECK(model::locate_in(s[2].runs[0], 5).column == 3);
}

TEST_CASE("phone e-mail web and say runs are never cut") {
  model::Inlines text = paragraph(
      "<p>Write to <email>a.b@example.org</email>. Or <say alias=\"the road\">Rd. One</say> now. "
      "Visit <web>example.org/A.B</web> today.</p>");
  // The reader refuses a web address with a space; the splitter keeps a run whole all the same.
  REQUIRE(text[5].kind == model::RunKind::web);
  text[5].text = "example.org/A. B";
  const std::vector<lang::Sentence> s = lang::split_sentences(text, tag("en-US"), "u2");
  CHECK(texts(s) == "Write to a.b@example.org. |Or Rd. One now. |Visit example.org/A. B today.|");
  CHECK(s[1].runs[1].kind == model::RunKind::say);
  CHECK(s[1].runs[1].alias == "the road");
}

TEST_CASE("every run of a unit lands in one sentence in order") {
  const model::Inlines text =
      paragraph("<p>Call <phone>(207) 555-0100</phone>. Ask <em>for</em> the desk. Thanks.</p>");
  const std::vector<lang::Sentence> s = lang::split_sentences(text, tag("en-US"), "u9");
  std::string joined;
  for (const lang::Sentence& sentence : s) joined += model::plain_text(sentence.runs);
  CHECK(joined == model::plain_text(text));
  CHECK(texts(s) == "Call (207) 555-0100. |Ask for the desk. |Thanks.|");
  CHECK(s[0].runs[1].kind == model::RunKind::phone);
}

}  // namespace handout::test
