// Hostile sizes and depths give a clear error, never a crash or an exhausted stack.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "content/clinic_reader.h"
#include "content/handout_reader.h"
#include "content/source_text.h"
#include "read_sample.h"

using namespace handout;
using testing::read_body;

TEST_CASE("20 000 nested sections are refused at the fourth level without recursion") {
  std::string body;
  for (int i = 0; i < 20000; ++i) body += "<section><heading>H</heading>";
  body += "<p>deep</p>";
  for (int i = 0; i < 20000; ++i) body += "</section>";
  const auto result = read_body(body);
  CHECK_FALSE(result.handout);
  REQUIRE(result.messages().size() == 1);
  CHECK(result.messages()[0] ==
        "sample.xml:3:88: sections nest at most 3 deep; move this section up a level");
}

TEST_CASE("sections nested exactly three deep are fine") {
  const auto result = read_body(
      "<section><heading>1</heading><section><heading>2</heading><section><heading>3</heading>"
      "<p>x</p></section></section></section>");
  CHECK(result.diagnostics.empty());
}

TEST_CASE("a 3 MB paragraph is refused by the size limit before the file is read whole") {
  const std::filesystem::path path = std::filesystem::temp_directory_path() / "handout-big.xml";
  {
    std::ofstream out(path, std::ios::binary);
    out << "<handout id=\"handout-big\" "
           "lang=\"en-US\"><title>T</title><section><heading>H</heading><p>";
    for (int i = 0; i < 300000; ++i) out << "Rest well. ";  // 3.3 MB of words
    out << "</p></section></handout>";
  }
  model::Diagnostics diagnostics;
  const content::HandoutContext context{"handout-big", &testing::sample_clinic()};
  CHECK_FALSE(content::read_handout(path, "big.xml", context, diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(model::format(diagnostics[0]) ==
        "big.xml: the file is larger than 1 MiB, the limit for one handout; split it into several "
        "handouts");
  std::filesystem::remove(path);
}

TEST_CASE("10 000 list items and a 1000-character word are refused with their places") {
  std::string items;
  for (int i = 0; i < 10000; ++i) items += "<item>Item " + std::to_string(i) + "</item>";
  const auto result = read_body("<section><heading>H</heading><list>" + items + "</list>\n<p>" +
                                std::string(1000, 'x') + "</p></section>");
  CHECK_FALSE(result.handout);
  CHECK(result.report() ==
        "sample.xml:1:1: the handout has 20003 words; at most 20000 (over two hours of audio) are "
        "allowed, so split it\n"
        "sample.xml:3:30: <list> has 10000 items; at most 500 fit a handout, so split it into "
        "several\n"
        "sample.xml:4:4: a word of 1000 characters is longer than the 100 allowed; add spaces, or "
        "put a web address in <web>\n");
}

TEST_CASE("500 items and a long web address are fine") {
  std::string items;
  for (int i = 0; i < 500; ++i) items += "<item>Item " + std::to_string(i) + "</item>";
  const auto result = read_body("<section><heading>H</heading><list>" + items +
                                "</list><p><web>https://example.org/" + std::string(200, 'a') +
                                "</web></p></section>");
  CHECK(result.report() == "");
}

TEST_CASE("a handout too long to record is refused") {
  std::string paragraph;
  for (int i = 0; i < 20001; ++i) paragraph += "word ";
  const auto result = read_body("<section><heading>H</heading><p>" + paragraph + "</p></section>");
  CHECK(result.report() ==
        "sample.xml:1:1: the handout has 20003 words; at most 20000 (over two hours of audio) are "
        "allowed, so split it\n");
}

TEST_CASE("words in exercises and in notes of blocks count toward the limit") {
  std::string words;
  for (int i = 0; i < 10000; ++i) words += "word ";
  const auto result =
      read_body("<section><heading>H</heading><exercise><name>Bridge</name><p>" + words +
                "</p><dose reps=\"1\"/></exercise><note><p>" + words + "</p></note></section>");
  CHECK(result.report() ==
        "sample.xml:1:1: the handout has 20003 words; at most 20000 (over two hours of audio) are "
        "allowed, so split it\n");
}

TEST_CASE("right-to-left text is refused with the code point") {
  const auto result = read_body("<section><heading>H</heading><p>Shalom שלום</p></section>");
  CHECK(result.report() ==
        "sample.xml:3:33: right-to-left text (U+05E9) cannot be printed or spoken yet; write this "
        "handout in a left-to-right language\n");
}

TEST_CASE("a missing file is reported by name") {
  model::Diagnostics diagnostics;
  const content::HandoutContext context{"nope", nullptr};
  CHECK_FALSE(content::read_handout("/nonexistent/nope.xml", "nope.xml", context, diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(model::format(diagnostics[0]) == "nope.xml: cannot open the file");
}

TEST_CASE("a say alias that speaks a text of its own is refused at its attribute") {
  std::string alias;
  for (int i = 0; i < 61; ++i) alias += "word ";
  const auto result = read_body("<section><heading>H</heading><p>Take <say alias=\"" + alias +
                                "\">it</say>.</p></section>");
  CHECK_FALSE(result.handout);
  CHECK(result.report() ==
        "sample.xml:3:43: the alias of <say> has 61 words; at most 60 say how to read its text: "
        "write longer text in the handout, where it is printed too\n");
}

TEST_CASE("the word limit counts what a say alias speaks beyond its printed words") {
  std::string alias;
  for (int i = 0; i < 50; ++i) alias += "word ";
  std::string paragraphs;
  for (int i = 0; i < 400; ++i) paragraphs += "<p><say alias=\"" + alias + "\">x</say></p>";
  const auto result = read_body("<section><heading>H</heading>" + paragraphs + "</section>");
  CHECK_FALSE(result.handout);
  CHECK(result.report().find("the handout has 20002 words") != std::string::npos);
}

TEST_CASE("a lexicon alias longer than a reading of a word is refused") {
  std::string alias;
  for (int i = 0; i < 21; ++i) alias += "word ";
  model::Diagnostics out;
  const auto lexicon = content::parse_lexicon(
      "<lexicon xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\" version=\"1.0\" "
      "alphabet=\"x-sampa\" xml:lang=\"en-US\">\n<lexeme><grapheme>PT</grapheme><alias>" +
          alias + "</alias></lexeme></lexicon>",
      "lexicon.pls", out);
  CHECK_FALSE(lexicon);
  REQUIRE(out.size() == 1);
  CHECK(model::format(out[0]) ==
        "lexicon.pls:2:32: the alias has 21 words; an alias says how to read a word or an "
        "abbreviation, in at most 20 words: write longer text in the handouts themselves");
}
