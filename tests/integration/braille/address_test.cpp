// Long web and email addresses in braille, laid out with liblouis at several line widths:
// divided after a slash or before a dot (after a hyphen or before an @ only where no such
// place fits the line), never with an added hyphen, never inside a word, and every division
// read back by liblouis as the address itself.
#include <doctest/doctest.h>

#include <cctype>

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

// The lines of a handout holding only `address` in a paragraph, after its title, the blank
// line under it and its section's heading, up to the blank line before the contact block, as
// BRF without their leading blank cells.
std::vector<std::string> address_lines(const std::string& address, const model::LanguageTag& lang,
                                       int grade, int cells) {
  const std::string kind = address.find('@') != std::string::npos ? "email" : "web";
  testing::ReadResult read =
      testing::read_text("<handout id=\"x\" lang=\"" + lang.tag +
                             "\">\n<title>T</title>\n<section><heading>H</heading><p><" + kind +
                             ">" + address + "</" + kind + "></p></section>\n</handout>\n",
                         "x");
  INFO(read.report());
  REQUIRE(read.handout);
  const braille::LouisTranslator translator(braille::braille_code(lang, grade));
  std::vector<std::string> out;
  std::size_t skip = 3;  // the title, its blank line and the heading
  for (const braille::Page& page : braille::lay_out(*read.handout, translator, {cells, 25}))
    for (std::size_t k = 0; k + 1 < page.size(); ++k) {
      const std::string line = braille::to_brf(page[k]);
      if (skip > 0) {
        --skip;
        continue;
      }
      if (line.empty()) return out;
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
  // "…RECOVER-" / "Y-GUIDE" read as "recover-you-guide": each line reads back, on its own, as
  // a piece of the address, and no word of it is cut.
  const model::LanguageTag english{"en-US", {}};
  const std::string& address = addresses[0];
  for (const int cells : {20, 25, 32, 40}) {
    CAPTURE(cells);
    for (const std::string& line : address_lines(address, english, 2, cells)) {
      const std::string piece = read_back(line, english);
      CAPTURE(piece);
      const std::size_t at = address.find(piece);
      REQUIRE(at != std::string::npos);
      const auto letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
      if (at > 0) CHECK_FALSE((letter(address[at - 1]) && letter(piece.front())));
    }
  }
}

}  // namespace handout::test
