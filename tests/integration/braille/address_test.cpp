// Long web and email addresses in braille, laid out with liblouis at several line widths:
// divided after a slash or before a dot (after a hyphen or before an @ only where no such
// place fits the line), never with an added hyphen, never inside a word, and every division
// read back by liblouis as the address itself.
#include <doctest/doctest.h>

#include "braille/braille_code.h"
#include "braille/cells.h"
#include "braille/layout.h"
#include "braille/louis_translator.h"
#include "read_sample.h"
#include "sample_braille.h"

namespace handout::test {

namespace {

const std::vector<std::string> addresses{
    "https://www.example.org/knee-replacement/recovery-guide/week-one.html",
    "https://www.orthopedic-rehabilitation-associates.example.org/patients/knee/recovery",
    "front.desk.appointments@orthopedic-rehabilitation.example.org"};

// The lines of a handout holding only `address` in a paragraph, after its title and the blank
// line under it, as BRF without their leading blank cells.
std::vector<std::string> address_lines(const std::string& address, const model::LanguageTag& lang,
                                       int grade, int cells) {
  const std::string kind = address.find('@') != std::string::npos ? "email" : "web";
  testing::ReadResult read = testing::read_text(
      "<handout id=\"x\" lang=\"" + lang.tag + "\">\n<title>T</title>\n<p><" + kind + ">" +
          address + "</" + kind + "></p>\n</handout>\n",
      "x");
  INFO(read.report());
  REQUIRE(read.handout);
  const braille::LouisTranslator translator(braille::braille_code(lang, grade));
  std::vector<std::string> out;
  for (const braille::Page& page : braille::lay_out(*read.handout, translator, {cells, 25}))
    for (std::size_t k = 2; k + 1 < page.size(); ++k) {  // after the title and its blank line
      const std::string line = braille::to_brf(page[k]);
      if (line.empty()) continue;
      out.push_back(line.substr(line.find_first_not_of(' ')));
    }
  return out;
}

// Addresses are never contracted: read back with the code's uncontracted table.
std::string read_back(const std::string& brf, const model::LanguageTag& lang) {
  const braille::Code code = braille::braille_code(lang, 1);
  return back_translated(brf, back_tables(code));
}

}  // namespace

TEST_CASE("a long address is divided only at its slashes dots hyphens or @ and reads back whole") {
  const std::vector<model::LanguageTag> languages{{"en-US", {}}, {"es", {}}};
  for (const model::LanguageTag& lang : languages)
    for (const int grade : {2, 1})
      for (const int cells : {20, 25, 32, 40})
        for (const std::string& address : addresses) {
          CAPTURE(lang.tag);
          CAPTURE(grade);
          CAPTURE(cells);
          CAPTURE(address);
          const std::vector<std::string> lines = address_lines(address, lang, grade, cells);
          REQUIRE(!lines.empty());
          std::string joined;
          for (const std::string& line : lines) joined += line;
          CHECK(read_back(joined, lang) == address);
          // Each division: the lines before it read back as the start of the address, which
          // ends with a slash or a hyphen there or continues with a dot or an @.
          std::string before;
          for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
            before += lines[k];
            const std::string start = read_back(before, lang);
            CAPTURE(start);
            REQUIRE(address.starts_with(start));
            const bool after_slash = start.ends_with('/');
            const bool second_choice = start.ends_with('-') || address[start.size()] == '@';
            CHECK((after_slash || address[start.size()] == '.' || second_choice));
          }
        }
}

TEST_CASE("the knee handout's kind of address keeps recovery-guide whole") {
  // "…RECOVER-" / "Y-GUIDE" read as "recover-you-guide": the word is never cut.
  const model::LanguageTag english{"en-US", {}};
  for (const int cells : {20, 25, 32, 40}) {
    CAPTURE(cells);
    const std::vector<std::string> lines = address_lines(addresses[0], english, 2, cells);
    for (const std::string& line : lines) {
      CHECK_FALSE(line.ends_with('-'));
      CHECK_FALSE(line.starts_with("Y-"));
    }
  }
}

}  // namespace handout::test
