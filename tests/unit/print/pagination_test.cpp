// Pagination: headings keep with what follows, no single line of a paragraph alone at the top
// or bottom of a page, list items and steps whole unless longer than a page.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "layout_support.h"

namespace handout::test {

namespace {

struct LineRef {
  std::size_t page;
  const print::PlacedLine* line;
};

std::vector<LineRef> all_lines(const print::Layout& layout) {
  std::vector<LineRef> out;
  for (std::size_t p = 0; p < layout.pages.size(); ++p)
    for (const print::PlacedLine& line : layout.pages[p].lines) out.push_back({p, &line});
  return out;
}

}  // namespace

TEST_CASE("a heading never ends a page: it keeps with at least two lines of what follows") {
  int checked = 0;
  for (unsigned seed = 1; seed <= 40; ++seed) {
    const print::Layout layout = lay(generated(seed));
    const std::vector<LineRef> lines = all_lines(layout);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (!is_heading(role_of(layout, *lines[i].line))) continue;
      const bool last_of_heading =
          i + 1 == lines.size() ||
          lines[i + 1].line->spans.front().glyphs.node != lines[i].line->spans.front().glyphs.node;
      if (!last_of_heading) {
        CHECK(lines[i + 1].page == lines[i].page);  // a heading is not split
        continue;
      }
      REQUIRE(i + 2 < lines.size());
      CHECK(lines[i + 1].page == lines[i].page);
      CHECK(lines[i + 2].page == lines[i].page);
      ++checked;
    }
  }
  CHECK(checked > 100);
}

TEST_CASE("no paragraph leaves a single line alone at the top or bottom of a page") {
  int split = 0;
  for (unsigned seed = 1; seed <= 40; ++seed) {
    const print::Layout layout = lay(generated(seed));
    std::map<int, std::map<std::size_t, int>> lines_per_page;  // paragraph -> page -> lines
    for (const LineRef& ref : all_lines(layout))
      if (role_of(layout, *ref.line) == print::Role::p)
        ++lines_per_page[ref.line->spans.front().glyphs.node][ref.page];
    for (const auto& [node, pages] : lines_per_page) {
      if (pages.size() < 2) continue;
      ++split;
      for (const auto& [page, count] : pages) CHECK(count >= 2);
    }
  }
  CHECK(split > 5);  // the rule was exercised
}

TEST_CASE("a list item or step stays on one page unless it is longer than a page") {
  for (unsigned seed = 1; seed <= 40; ++seed) {
    const print::Layout layout = lay(generated(seed));
    std::map<int, std::set<std::size_t>> pages_of_item;
    for (const LineRef& ref : all_lines(layout))
      if (const int item = item_of(layout, *ref.line); item >= 0)
        pages_of_item[item].insert(ref.page);
    for (const auto& [item, pages] : pages_of_item) CHECK(pages.size() == 1);
  }
}

TEST_CASE("an item longer than a page is split - so is a long paragraph two lines at least") {
  const print::Layout layout =
      lay(handout({section("Long", 1, {list({words(900)}), paragraph(words(1200))})}, false));
  std::map<int, std::map<std::size_t, int>> per_page;
  for (const LineRef& ref : all_lines(layout)) {
    const int item = item_of(layout, *ref.line);
    ++per_page[item >= 0 ? item : ref.line->spans.front().glyphs.node][ref.page];
  }
  int split = 0;
  for (const auto& [node, pages] : per_page) {
    if (pages.size() > 1) ++split;
    for (const auto& [page, count] : pages)
      if (pages.size() > 1) CHECK(count >= 2);
  }
  CHECK(split == 2);
  // Every page but the last is filled to near its bottom: nothing was pushed ahead needlessly.
  for (std::size_t p = 0; p + 1 < layout.pages.size(); ++p) {
    const print::PlacedLine& last = layout.pages[p].lines.back();
    CHECK(last.top + 2 * last.height > layout.style.page_height - layout.style.margin);
  }
}

}  // namespace handout::test

namespace handout::test {

namespace {

// The element under the document that holds a line's text.
int top_level(const print::Layout& layout, const LineRef& ref) {
  int node = ref.line->spans.front().glyphs.node;
  while (node > 0 && layout.nodes[static_cast<std::size_t>(node)].parent > 0)
    node = layout.nodes[static_cast<std::size_t>(node)].parent;
  return node;
}

// The contact block's lines: those under its Sect element (the last one, as the block ends
// the handout's blocks; only the tool's closing paragraphs follow it), heading included.
std::vector<LineRef> contact_lines(const print::Layout& layout) {
  const std::vector<LineRef> lines = all_lines(layout);
  const auto last_sect =
      std::ranges::find_if(lines.rbegin(), lines.rend(), [&](const LineRef& ref) {
        return layout.nodes[static_cast<std::size_t>(top_level(layout, ref))].role ==
               print::Role::sect;
      });
  REQUIRE(last_sect != lines.rend());
  const int contact = top_level(layout, *last_sect);
  std::vector<LineRef> out;
  for (const LineRef& ref : lines)
    if (top_level(layout, ref) == contact) out.push_back(ref);
  return out;
}

}  // namespace

TEST_CASE("the contact block is never split when it fits on a page - it moves whole") {
  int moved = 0;
  for (int paragraphs = 0; paragraphs < 60; ++paragraphs) {
    std::vector<model::Block> blocks;
    for (int i = 0; i <= paragraphs; ++i) blocks.push_back(paragraph(words(4 + (i * 7) % 23)));
    const print::Layout layout = lay(handout({section("S", 1, std::move(blocks))}));
    const std::vector<LineRef> lines = contact_lines(layout);
    REQUIRE(lines.size() > 10);
    CAPTURE(paragraphs);
    CHECK(text_of(*lines.front().line) == "How to reach us");
    CHECK(lines.front().page == lines.back().page);
    if (lines.front().line != &layout.pages[lines.front().page].lines.front()) continue;
    ++moved;  // it starts its page: the page before ends early
  }
  CHECK(moved > 3);
}

TEST_CASE("a contact block taller than a page splits between offices only") {
  for (const auto& [lang, continued] :
       {std::pair{"en-US", "How to reach us (continued)"},
        std::pair{"es-MX", "Cómo comunicarse con nosotros (continuación)"}}) {
    const std::string lang_shown(lang);  // clang 14 cannot capture a binding
    CAPTURE(lang_shown);
    model::Handout h = handout({section("S", 1, {paragraph("x")})});
    h.lang.tag = lang;
    model::Clinic& clinic = std::get<model::Contact>(h.body.back()).clinic;
    const model::Office office = clinic.offices.front();
    clinic.offices.assign(12, office);
    const print::Layout layout = lay(h);
    const std::vector<LineRef> lines = contact_lines(layout);
    // Each element's text, its lines joined: a continuation heading may wrap.
    std::map<int, std::string> text;
    for (const LineRef& ref : lines) {
      std::string& joined = text[ref.line->spans.front().glyphs.node];
      const bool spaced = joined.empty() || joined.ends_with(' ');
      joined += (spaced ? "" : " ") + text_of(*ref.line);
    }
    std::set<int> continued_nodes;
    for (const auto& [node, words] : text)
      if (words == continued || words == std::string(continued) + " ") continued_nodes.insert(node);
    for (const int node : continued_nodes) {
      // A paragraph of the block's Sect: read where it is printed, not a second heading.
      const print::Node& element = layout.nodes[static_cast<std::size_t>(node)];
      CHECK(element.role == print::Role::p);
      CHECK(layout.nodes[static_cast<std::size_t>(element.parent)].role == print::Role::sect);
    }
    std::size_t breaks = 0;
    for (std::size_t i = 1; i < lines.size(); ++i) {
      if (lines[i].page == lines[i - 1].page) continue;
      ++breaks;
      // The new page starts with the continuation heading, then an office, on that page.
      const int node = lines[i].line->spans.front().glyphs.node;
      CHECK(continued_nodes.contains(node));
      std::size_t k = i;
      while (k < lines.size() && lines[k].line->spans.front().glyphs.node == node) ++k;
      REQUIRE(k < lines.size());
      CHECK(text_of(*lines[k].line) == "Main Office");
      CHECK(lines[k].page == lines[i].page);
    }
    const std::size_t continuations = continued_nodes.size();
    CHECK(breaks >= 1);
    CHECK(continuations == breaks);  // and nowhere else: not between offices on one page
    // One outline entry for the block, however many pages it takes.
    std::size_t entries = 0;
    for (const print::OutlineEntry& entry : layout.outline)
      entries += entry.title.starts_with(lang == std::string("en-US") ? "How" : "Cómo");
    CHECK(entries == 1);
  }
}

}  // namespace handout::test
