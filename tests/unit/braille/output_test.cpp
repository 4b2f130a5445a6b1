// The BRF and PEF serialisations of the same pages.
#include <doctest/doctest.h>

#include "braille/brf.h"
#include "braille/pef.h"
#include "fake_translator.h"
#include "model_builders.h"

namespace handout::test {

namespace {

std::vector<std::string> split(const std::string& text, const std::string& by) {
  std::vector<std::string> out;
  std::size_t from = 0;
  for (std::size_t at; (at = text.find(by, from)) != std::string::npos; from = at + by.size())
    out.push_back(text.substr(from, at - from));
  out.push_back(text.substr(from));
  return out;
}

}  // namespace

TEST_CASE("BRF: lines end in CR LF and a form feed separates the pages") {
  const FakeTranslator fake;
  const auto pages = braille::lay_out(handout({paragraph(words(400))}), fake, {30, 12});
  REQUIRE(pages.size() > 2);
  const std::string brf = braille::brf(pages);
  const std::vector<std::string> texts = split(brf, "\f");
  REQUIRE(texts.size() == pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::vector<std::string> lines = split(texts[p], "\r\n");
    CHECK(lines.back().empty());  // the last line ends in CR LF too
    lines.pop_back();
    CHECK(lines == brf_lines(pages[p]));
  }
  for (const char c : brf) CHECK(((c >= 0x20 && c <= 0x5F) || c == '\r' || c == '\n' || c == '\f'));
}

TEST_CASE("PEF: one page element and one row per line with the page size and the metadata") {
  const FakeTranslator fake;
  const auto pages = braille::lay_out(handout({paragraph(words(200))}), fake, {30, 12});
  const std::string pef =
      braille::pef(pages, {30, 12}, {"handout:test", "A & B", "en-US", "2026-11-26"});
  CHECK(pef.find("<volume cols=\"30\" rows=\"12\"") != std::string::npos);
  CHECK(pef.find("<dc:title>A &amp; B</dc:title>") != std::string::npos);
  CHECK(pef.find("<dc:language>en-US</dc:language>") != std::string::npos);
  CHECK(pef.find("<dc:date>2026-11-26</dc:date>") != std::string::npos);
  CHECK(split(pef, "<page>").size() == pages.size() + 1);
  std::size_t rows = 0;
  for (const braille::Page& page : pages) rows += page.size();
  CHECK(split(pef, "<row").size() == rows + 1);
  CHECK(pef.find(braille::to_utf8(braille::from_brf("WORD1"))) != std::string::npos);
}

}  // namespace handout::test
