// BANA's formats on a fake translator: where each kind of text starts, blank lines, page
// numbers, box lines, the contact block, and headings never alone at the bottom of a page.
#include "braille/layout.h"

#include <doctest/doctest.h>

#include "layout_lines.h"
#include "model_builders.h"

namespace handout::test {

namespace {

std::vector<braille::Page> pages_of(const model::Handout& handout, braille::PageSize size = {}) {
  return fake_pages(handout, size);
}

model::Handout sample() {
  return handout(
      {paragraph(words(30)), section("FIRST", 1, {paragraph(words(12, "A"))}),
       section("SECOND", 2, {list({"ONE", "TWO"}), list({"DO THIS", "DO THAT"}, true)}),
       section("THIRD", 3,
               {model::Note{
                   model::NoteKind::important, runs("TAKE CARE " + words(12, "N")), {}, {}}})});
}

}  // namespace

TEST_CASE("the title is centred on the first line of page 1 and followed by a blank line") {
  const auto lines = text_lines(pages_of(sample()));
  CHECK(lines[0] == std::string(15, ' ') + "TEST TITLE");
  CHECK(lines[1].empty());
}

TEST_CASE("paragraphs are in 3-1") {
  const auto lines = text_lines(pages_of(sample()));
  const std::size_t first = index_of(lines, "WORD1 ");
  CHECK(indent(lines[first]) == 2);
  CHECK(indent(lines[first + 1]) == 0);
}

TEST_CASE("a level-1 heading is centred after a blank line") {
  const auto lines = text_lines(pages_of(sample()));
  const std::size_t at = index_of(lines, "FIRST");
  CHECK(lines[at - 1].empty());
  CHECK(lines[at] == std::string(17, ' ') + "FIRST");
  CHECK(indent(lines[at + 1]) == 2);  // its paragraph follows with no blank line
}

TEST_CASE("a level-2 heading starts in cell 5 and a level-3 heading in cell 7 after a blank line") {
  const auto lines = text_lines(pages_of(sample()));
  const std::size_t second = index_of(lines, "SECOND");
  CHECK(lines[second - 1].empty());
  CHECK(lines[second] == "    SECOND");
  const std::size_t third = index_of(lines, "THIRD");
  CHECK(lines[third - 1].empty());
  CHECK(lines[third] == "      THIRD");
}

TEST_CASE("a cell-7 heading right after a cell-5 heading has no blank line between them") {
  const auto lines = text_lines(
      pages_of(handout({section("TWO", 2, {section("THREE", 3, {paragraph("TEXT")})})})));
  const std::size_t at = index_of(lines, "THREE");
  CHECK(lines[at - 1] == "    TWO");
  CHECK(lines[at] == "      THREE");
  CHECK(lines[at + 1] == "  TEXT");
}

TEST_CASE("list items and steps are in 1-3 after their bullet or number") {
  const auto lines = text_lines(pages_of(sample()));
  CHECK(lines[index_of(lines, "ONE")] == "_4 ONE");
  CHECK(lines[index_of(lines, "TWO")] == "_4 TWO");
  CHECK(lines[index_of(lines, "DO THIS")] == "1. DO THIS");
  CHECK(lines[index_of(lines, "DO THAT")] == "2. DO THAT");
  const auto narrow = text_lines(pages_of(handout({list({words(8)})}), {20, 25}));
  const std::size_t at = index_of(narrow, "_4 WORD1");
  CHECK(indent(narrow[at + 1]) == 2);
}

TEST_CASE("the note stands between full-width box lines under its label") {
  for (const int cells : {40, 28}) {
    const auto lines = text_lines(pages_of(sample(), {cells, 25}));
    const std::size_t at = index_of(lines, "TAKE CARE");
    CHECK(lines[at - 2] == std::string(static_cast<std::size_t>(cells), '7'));
    CHECK(lines[at - 1].ends_with(" IMPORTANT"));
    CHECK(indent(lines[at]) == 2);
    const std::size_t end = index_of(lines, "N12");
    CHECK(lines[end + 1] == std::string(static_cast<std::size_t>(cells), 'G'));
  }
}

TEST_CASE("the contact block comes last when implied under its centred heading") {
  const auto lines = text_lines(pages_of(sample(), {40, 50}));  // all on one page
  const std::size_t heading = index_of(lines, "HOW TO REACH US");
  CHECK(lines[heading - 1].empty());
  CHECK(indent(lines[heading]) > 3);
  CHECK(lines[heading + 1] == "CLINIC NAME");
  CHECK(lines[heading + 2] == "(207) 555-0100");
  CHECK(lines[index_of(lines, "MAIN OFFICE")] == "    MAIN OFFICE");
  CHECK(lines[index_of(lines, "1 MAIN STREET")] == "1 MAIN STREET");
  CHECK(index_of(lines, "N12") < heading);
}

TEST_CASE("the contact heading is in the handout's language") {
  model::Handout h = sample();
  h.lang.tag = "es";
  const auto lines = text_lines(pages_of(h));
  const std::size_t heading = index_of(lines, "C=MO COMUNICARSE CON NOSOTROS");
  CHECK(lines[heading + 1] == "CLINIC NAME");
}

TEST_CASE("every page has its lines and its braille page number at the right of the last") {
  for (const braille::PageSize size : {braille::PageSize{40, 25}, braille::PageSize{20, 10},
                                       braille::PageSize{32, 12}, braille::PageSize{60, 50}}) {
    const model::Handout h = handout({paragraph(words(300)), section("S", 2, {list({words(40)})})});
    const auto pages = pages_of(h, size);
    REQUIRE(!pages.empty());
    for (std::size_t p = 0; p < pages.size(); ++p) {
      const std::vector<std::string> lines = brf_lines(pages[p]);
      CHECK(lines.size() == static_cast<std::size_t>(size.lines));
      for (const std::string& line : lines)
        CHECK(line.size() <= static_cast<std::size_t>(size.cells));
      const std::string number = std::to_string(p + 1);
      CHECK(lines.back() ==
            std::string(static_cast<std::size_t>(size.cells) - number.size(), ' ') + number);
      CHECK(!lines.front().empty());  // no blank line at the top of a page
    }
  }
}

TEST_CASE("every word is laid out once and in order whatever the page size") {
  const model::Handout h =
      handout({paragraph(words(200)), section("S", 1, {paragraph(words(50, "X"))})});
  for (const braille::PageSize size : {braille::PageSize{40, 25}, braille::PageSize{21, 11}}) {
    std::string all;
    for (const std::string& line : text_lines(pages_of(h, size))) all += line + ' ';
    std::size_t at = 0;
    for (int i = 1; i <= 200; ++i) {
      const std::size_t found = all.find(" WORD" + std::to_string(i) + ' ', at > 0 ? at - 1 : 0);
      REQUIRE(found != std::string::npos);
      at = found + 1;
    }
  }
}

TEST_CASE("a heading that would fall on the last line goes to the next page") {
  // Paragraphs of growing length push the heading down line by line: it is never the last
  // text line of a page, and at least once it moved to the top of the next page.
  bool moved = false;
  for (int n = 1; n <= 40; ++n) {
    const braille::PageSize size{20, 10};
    const model::Handout h =
        handout({paragraph(words(n)), section("HEAD", 2, {paragraph(words(8, "Z"))})}, false);
    const auto pages = pages_of(h, size);
    for (std::size_t p = 0; p < pages.size(); ++p) {
      const std::vector<std::string> lines = brf_lines(pages[p]);
      for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
        if (lines[k] != "    HEAD") continue;
        CHECK(k + 2 < lines.size());  // a line of its section follows on the same page
        CHECK(lines[k + 1].starts_with("  Z1"));
        if (p > 0 && k == 0) moved = true;
      }
    }
  }
  CHECK(moved);
}

TEST_CASE("a centred heading and the cell-5 heading after it stay together with a line") {
  for (int n = 1; n <= 40; ++n) {
    const model::Handout h = handout(
        {paragraph(words(n)), section("ONE", 1, {section("TWO", 2, {paragraph("ZZ")})})}, false);
    for (const braille::Page& page : pages_of(h, {20, 10})) {
      const std::vector<std::string> lines = brf_lines(page);
      for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
        if (lines[k].find("ONE") == std::string::npos) continue;
        REQUIRE(k + 3 < lines.size() - 1);
        CHECK(lines[k + 1].empty());
        CHECK(lines[k + 2] == "    TWO");
        CHECK(lines[k + 3] == "  ZZ");
      }
    }
  }
}

TEST_CASE("a box line is never alone at the top or the bottom of a page") {
  bool split = false;
  for (int n = 1; n <= 40; ++n) {
    const model::Handout h =
        handout({paragraph(words(n)),
                 model::Note{model::NoteKind::important, runs(words(20, "N")), {}, {}}},
                false);
    const auto pages = pages_of(h, {20, 10});
    for (std::size_t p = 0; p < pages.size(); ++p) {
      const std::vector<std::string> lines = brf_lines(pages[p]);
      const std::size_t last_text = lines.size() - 2;
      CHECK(lines[last_text] != std::string(20, '7'));
      CHECK(lines[0] != std::string(20, 'G'));
      split = split || (lines[0].starts_with("N") && p > 0);
    }
  }
  CHECK(split);  // and the note itself may run over a page break
}

TEST_CASE("a contact block placed between sections comes last in braille") {
  model::Handout h =
      handout({section("BEFORE", 1, {paragraph("B")}), model::Contact{clinic(), {}, false},
               section("AFTER", 1, {paragraph("A")})},
              false);
  const auto lines = text_lines(pages_of(h));
  const std::size_t contact = index_of(lines, "HOW TO REACH US");
  CHECK(index_of(lines, "BEFORE") < index_of(lines, "AFTER"));
  CHECK(index_of(lines, "AFTER") < contact);
}

}  // namespace handout::test
