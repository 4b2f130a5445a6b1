// What is read together is printed together (docs/content-format.md, "How a printed page
// ends"): a lead-in with at least the first two items of its list, a short list whole, a long
// one with two items at least on each page, a note with the block it follows, no heading at a
// page's foot. Filler paragraphs push each case past the foot of a page, at every size and paper.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "layout_support.h"

namespace handout::test {

namespace {

// The pages of the lines that show a word starting with `prefix` ("alpha" finds "alpha3").
std::vector<std::size_t> pages_with(const print::Layout& layout, const std::string& prefix) {
  std::vector<std::size_t> out;
  for (const LineOnPage& at : lines_of(layout))
    if (text_of(*at.line).find(prefix) != std::string::npos) out.push_back(at.page);
  return out;
}

std::size_t first_page(const print::Layout& layout, const std::string& prefix) {
  const std::vector<std::size_t> pages = pages_with(layout, prefix);
  REQUIRE_MESSAGE(!pages.empty(), prefix);
  return pages.front();
}

std::size_t last_page(const print::Layout& layout, const std::string& prefix) {
  const std::vector<std::size_t> pages = pages_with(layout, prefix);
  REQUIRE_MESSAGE(!pages.empty(), prefix);
  return pages.back();
}

const std::vector<std::string> item_names{"alpha", "bravo",   "charlie", "delta",
                                          "echo",  "foxtrot", "golf"};

// `fillers` one-line paragraphs, then a section with each case after the other.
model::Handout filled(int fillers) {
  std::vector<model::Block> body;
  for (int i = 0; i < fillers; ++i) body.push_back(paragraph(words(4, "fill")));
  std::vector<model::Block> cases;
  cases.push_back(paragraph(words(14, "lead") + ":"));
  std::vector<std::string> long_list;
  for (const std::string& name : item_names) long_list.push_back(words(3, name));
  cases.push_back(list(long_list));
  cases.push_back(paragraph(words(16, "intro") + ":"));
  cases.push_back(
      list({words(5, "one"), words(12, "two"), words(4, "three"), words(7, "four")}, true));
  cases.push_back(paragraph(words(20, "before")));
  cases.push_back(model::Note{model::NoteKind::warning, runs(words(12, "noted")), {}, {}});
  for (int i = 0; i < 6; ++i) cases.push_back(paragraph(words(6, "more")));
  body.push_back(section("Kept heading", 1, std::move(cases)));
  return handout(std::move(body));
}

struct Sweep {
  double body;
  print::Paper paper;
};

const std::vector<Sweep> sweeps{{18, print::Paper::letter},
                                {18, print::Paper::a4},
                                {25, print::Paper::letter},
                                {32, print::Paper::letter},
                                {32, print::Paper::a4}};

}  // namespace

TEST_CASE("a paragraph ending with a colon stays with at least the first two items of its list") {
  int moved = 0;
  for (const Sweep& sweep : sweeps) {
    for (int fillers = 0; fillers < 40; ++fillers) {
      CAPTURE(sweep.body);
      CAPTURE(fillers);
      const print::Layout layout = lay(filled(fillers), sweep.body, sweep.paper);
      const std::size_t lead = last_page(layout, "lead");
      CHECK(first_page(layout, "alpha") == lead);
      CHECK(last_page(layout, "bravo") == lead);
      CHECK(last_page(layout, "intro") == first_page(layout, "one"));
      if (first_page(layout, "lead") > 0 && fillers > 0) ++moved;
    }
  }
  CHECK(moved > 10);  // the lead-in met the foot of a page
}

TEST_CASE("a list of four items or fewer is not split - a longer one leaves two on each page") {
  int split = 0;
  for (const Sweep& sweep : sweeps) {
    for (int fillers = 0; fillers < 40; ++fillers) {
      CAPTURE(sweep.body);
      CAPTURE(fillers);
      const print::Layout layout = lay(filled(fillers), sweep.body, sweep.paper);
      const std::set<std::size_t> short_list{first_page(layout, "one"), last_page(layout, "four")};
      CHECK(short_list.size() == 1);
      std::map<std::size_t, int> items_on_page;
      for (const std::string& name : item_names) {
        CHECK(first_page(layout, name) == last_page(layout, name));  // each item whole
        ++items_on_page[first_page(layout, name)];
      }
      if (items_on_page.size() > 1) ++split;
      for (const auto& [page, items] : items_on_page) CHECK(items >= 2);
    }
  }
  CHECK(split > 3);  // the long list was split
}

TEST_CASE("a note stays on the page where the block it follows ends") {
  int moved = 0;
  for (const Sweep& sweep : sweeps) {
    for (int fillers = 0; fillers < 40; ++fillers) {
      CAPTURE(sweep.body);
      CAPTURE(fillers);
      const print::Layout layout = lay(filled(fillers), sweep.body, sweep.paper);
      const std::size_t note = first_page(layout, "Warning");
      CHECK(last_page(layout, "before") == note);
      CHECK(last_page(layout, "noted") == note);  // whole
      if (first_page(layout, "before") == note && pages_with(layout, "before").size() > 1) ++moved;
      if (first_page(layout, "before") != note) ++moved;
    }
  }
  CHECK(moved > 5);
}

TEST_CASE("no page ends with a heading and the date and the other formats end the last page") {
  const std::string available =
      "This handout is available in these formats: large print, audio recording, web page, "
      "e-book with audio, talking book, and braille; ask for them at the front desk.";
  for (const Sweep& sweep : sweeps) {
    for (int fillers = 0; fillers < 40; ++fillers) {
      CAPTURE(fillers);
      const print::Layout layout = lay(filled(fillers), sweep.body, sweep.paper);
      for (std::size_t p = 0; p + 1 < layout.pages.size(); ++p)
        CHECK_FALSE(is_heading(role_of(layout, layout.pages[p].lines.back())));
      // The date, then the line naming the other formats, whole, end the last page.
      const print::Page& last = layout.pages.back();
      const auto dated = std::ranges::find_if(last.lines, [](const print::PlacedLine& line) {
        return text_of(line) == "Revised November 26, 2026";
      });
      REQUIRE(dated != last.lines.end());
      std::string after;  // a broken line keeps the space after its last word
      for (auto line = std::next(dated); line != last.lines.end(); ++line) after += text_of(*line);
      CHECK(after == available);
    }
  }
}

}  // namespace handout::test
