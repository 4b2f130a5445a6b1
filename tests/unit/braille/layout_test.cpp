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
    // A note longer than a page (9 text lines of 20 cells).
    const model::Handout h =
        handout({paragraph(words(n)),
                 model::Note{model::NoteKind::important, runs(words(40, "N")), {}, {}}},
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
  CHECK(split);  // and a note longer than a page runs over a page break
}

namespace {

// The page (index) of each text line holding `text`, in order.
std::vector<std::size_t> pages_holding(const std::vector<braille::Page>& pages,
                                       const std::string& text) {
  std::vector<std::size_t> out;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const std::vector<std::string> lines = brf_lines(pages[p]);
    for (std::size_t k = 0; k + 1 < lines.size(); ++k)
      if (lines[k].find(text) != std::string::npos) out.push_back(p);
  }
  return out;
}

}  // namespace

TEST_CASE("a box that fits on a page is never split across pages") {
  for (int n = 1; n <= 60; ++n) {
    // A note of 6 lines of 20 cells between its box lines, under its label.
    model::Handout h =
        handout({paragraph(words(n)), note(model::NoteKind::important, words(16, "N")),
                 paragraph(words(10, "Z"))},
                false);
    const auto pages = pages_of(h, {20, 10});
    const std::vector<std::size_t> top = pages_holding(pages, std::string(20, '7'));
    const std::vector<std::size_t> bottom = pages_holding(pages, std::string(20, 'G'));
    REQUIRE(top.size() == 1);
    REQUIRE(bottom.size() == 1);
    CAPTURE(n);
    CHECK(top[0] == bottom[0]);
    // Every word of the note ("N1" … "N16"; the tool's closing lines have N's of their own).
    for (int k = 1; k <= 16; ++k)
      for (const std::size_t p : pages_holding(pages, "N" + std::to_string(k))) CHECK(p == top[0]);
  }
}

TEST_CASE("a box longer than a page runs on without a blank line inside it") {
  for (int n = 1; n <= 30; ++n) {
    const model::Handout h =
        handout({paragraph(words(n)), note(model::NoteKind::important, words(60, "N"))}, false);
    bool in_box = false;
    for (const braille::Page& page : pages_of(h, {20, 10})) {
      std::vector<std::string> lines = brf_lines(page);
      lines.pop_back();  // the page number
      // A page may end early (the box's last line keeps its bottom line company), but no blank
      // line stands between two lines of the box on a page.
      while (!lines.empty() && lines.back().empty()) lines.pop_back();
      for (const std::string& line : lines) {
        if (line == std::string(20, '7')) in_box = true;
        CAPTURE(n);
        if (in_box) CHECK_FALSE(line.empty());
        if (line == std::string(20, 'G')) in_box = false;
      }
    }
  }
}

TEST_CASE("a paragraph ending with a colon stays with the first two items of its list") {
  bool moved = false;
  for (int n = 1; n <= 60; ++n) {
    const model::Handout h =
        handout({paragraph(words(n)), paragraph("CALL US IF YOU HAVE:"),
                 list({"FEVER", "REDNESS", "SWELLING", "PAIN", "BLEEDING", "NUMBNESS"})},
                false);
    const auto pages = pages_of(h, {20, 10});
    CAPTURE(n);
    const std::size_t lead_in = pages_holding(pages, "HAVE:").at(0);
    CHECK(pages_holding(pages, "FEVER").at(0) == lead_in);
    CHECK(pages_holding(pages, "REDNESS").at(0) == lead_in);
    // The lead-in is two lines ("CALL US IF YOU" / "HAVE:"), never parted.
    CHECK(pages_holding(pages, "CALL US").at(0) == lead_in);
    moved = moved ||
            (lead_in > 0 && brf_lines(pages[lead_in]).front().find("CALL US") != std::string::npos);
  }
  CHECK(moved);  // at least once the lead-in went to the next page with its items
}

TEST_CASE("a list of four items or fewer is not split across pages") {
  for (const bool numbered : {false, true})
    for (int n = 1; n <= 60; ++n) {
      const model::Handout h =
          handout({paragraph(words(n)), list({"FEVER", "REDNESS", "SWELLING", "PAIN"}, numbered),
                   paragraph(words(6, "Z"))},
                  false);
      const auto pages = pages_of(h, {20, 10});
      CAPTURE(n);
      const std::size_t first = pages_holding(pages, "FEVER").at(0);
      for (const std::string item : {"REDNESS", "SWELLING", "PAIN"})
        CHECK(pages_holding(pages, item).at(0) == first);
    }
}

TEST_CASE("a list of more than four items may be split after its second item") {
  bool split = false;
  for (int n = 1; n <= 60; ++n) {
    const model::Handout h =
        handout({paragraph(words(n)), list({"I1", "I2", "I3", "I4", "I5", "I6"})}, false);
    const auto pages = pages_of(h, {20, 10});
    split = split || pages_holding(pages, "I1").at(0) != pages_holding(pages, "I6").at(0);
  }
  CHECK(split);
}

TEST_CASE("no page ends with a heading") {
  for (int n = 1; n <= 60; ++n) {
    const model::Handout h = handout(
        {paragraph(words(n)), section("HEAD", 1, {section("SUB", 2, {paragraph(words(4, "Z"))})})},
        false);
    for (const braille::Page& page : pages_of(h, {20, 10})) {
      std::vector<std::string> lines = brf_lines(page);
      lines.pop_back();  // the page number
      while (!lines.empty() && lines.back().empty()) lines.pop_back();
      REQUIRE(!lines.empty());
      CHECK(lines.back().find("HEAD") == std::string::npos);
      CHECK(lines.back().find("SUB") == std::string::npos);
    }
  }
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

namespace handout::test {

TEST_CASE("no page of braille starts with a paragraph's last line or ends with its first") {
  // Every length of text before a paragraph of four lines (at 20 cells) puts a page end at each
  // of its lines: it may be parted only after its second.
  bool parted = false;
  for (int n = 1; n <= 60; ++n) {
    const model::Handout h = handout(
        {paragraph(words(n)),
         paragraph("AA BB CC DD EE FF GG HH II JJ KK LL MM NN OO PP QQ RR SS TT UU VV WW XX"),
         paragraph(words(4, "Z"))},
        false);
    const auto pages = pages_of(h, {20, 10});
    CAPTURE(n);
    const std::size_t first = pages_holding(pages, "AA BB").at(0);
    const std::size_t last = pages_holding(pages, "XX").at(0);
    if (first == last) continue;
    parted = true;
    CHECK(pages_holding(pages, "KK").at(0) == first);
    CHECK(pages_holding(pages, "RR").at(0) == last);
  }
  CHECK(parted);  // the test put a page end inside the paragraph at least once
}

TEST_CASE("a picture's transcriber's note is kept whole and with its caption") {
  model::Figure figure;
  figure.description = runs(words(20, "Q"));
  figure.caption = runs("LET THE ARM SWING");
  bool moved = false;
  for (int n = 1; n <= 60; ++n) {
    const auto pages = pages_of(handout({paragraph(words(n)), figure}, false), {40, 10});
    CAPTURE(n);
    const std::size_t note = pages_holding(pages, "PICTURE").at(0);
    CHECK(pages_holding(pages, "Q20").at(0) == note);
    CHECK(pages_holding(pages, "LET THE ARM").at(0) == note);
    moved = moved || note > 0;
  }
  CHECK(moved);
}

}  // namespace handout::test
