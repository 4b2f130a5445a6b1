// Layout rules that hold on every page: margins, sizes, spacing, structure, footers, boxes.
#include <doctest/doctest.h>

#include "layout_support.h"

namespace handout::test {

namespace {

double ink_right(const print::PlacedLine& line) {
  double right = line.x;
  for (const print::Span& span : line.spans) {
    double width = span.glyphs.width;
    if (span.glyphs.text.ends_with(' ')) width -= 0.25 * span.glyphs.size;  // the trailing space
    right = std::max(right, line.x + span.x + width);
  }
  return right;
}

}  // namespace

TEST_CASE("every line and box lies inside the margins - the footer lies below the text") {
  for (const double body : {18.0, 25.0, 32.0}) {
    for (const print::Paper paper : {print::Paper::letter, print::Paper::a4}) {
      for (const unsigned seed : {1u, 2u, 3u}) {
        const print::Layout layout = lay(generated(seed), body, paper);
        const print::Style& style = layout.style;
        const double right = style.page_width - style.margin;
        const double bottom = style.page_height - style.margin;
        for (const print::Page& page : layout.pages) {
          for (const print::PlacedLine& line : page.lines) {
            CHECK(line.x >= style.margin);
            CHECK(ink_right(line) <= right + 1e-6);
            CHECK(line.top >= style.margin - 1e-6);
            CHECK(line.top + line.height <= bottom + 1e-6);
          }
          for (const print::Box& box : page.boxes) {
            CHECK(box.x >= style.margin);
            CHECK(box.x + box.width <= right + 1e-6);
            CHECK(box.top >= style.margin - 1e-6);
            CHECK(box.top + box.height <= bottom + 1e-6);
          }
          for (const print::PlacedLine& line : page.footer) {
            CHECK(ink_right(line) <= right + 1e-6);
            CHECK(line.top >= page.lines.back().top + page.lines.back().height);
            CHECK(line.top + line.height <= style.page_height - 18);
          }
        }
      }
    }
  }
}

TEST_CASE("sizes: body 18 title 28 headings 22 20 20 all scaled by --font-size") {
  for (const double body : {18.0, 24.0, 32.0}) {
    const double scale = body / 18;
    const print::Layout layout = lay(generated(4), body);
    std::map<print::Role, double> smallest;
    for (const print::Page& page : layout.pages) {
      for (const print::PlacedLine& line : page.lines) {
        for (const print::Span& span : line.spans) {
          const print::Role role = layout.nodes[static_cast<std::size_t>(span.glyphs.node)].role;
          double& least = smallest.try_emplace(role, 1e9).first->second;
          least = std::min(least, span.glyphs.size);
          if (is_heading(role)) CHECK(span.glyphs.font == print::Font::bold);
        }
        CHECK(line.height >= 1.4 * line.spans.front().glyphs.size - 1e-9);
      }
      for (const print::PlacedLine& line : page.footer)
        for (const print::Span& span : line.spans) CHECK(span.glyphs.size >= body);
    }
    CHECK(smallest[print::Role::h1] == doctest::Approx(28 * scale));
    CHECK(smallest[print::Role::h2] == doctest::Approx(22 * scale));
    CHECK(smallest[print::Role::h3] == doctest::Approx(20 * scale));
    CHECK(smallest[print::Role::h4] == doctest::Approx(20 * scale));
    for (const auto& [role, size] : smallest) CHECK(size >= body);
  }
}

TEST_CASE("consecutive lines are at least 1.4 times their size apart") {
  const print::Layout layout = lay(generated(5));
  for (const print::Page& page : layout.pages)
    for (std::size_t i = 1; i < page.lines.size(); ++i) {
      const double size = std::max(page.lines[i - 1].spans.front().glyphs.size,
                                   page.lines[i].spans.front().glyphs.size);
      CHECK(page.lines[i].baseline - page.lines[i - 1].baseline >= 1.4 * size - 1e-9);
    }
}

TEST_CASE("every page has Page N of M in the same place") {
  const print::Layout layout = lay(generated(6));
  const std::size_t pages = layout.pages.size();
  REQUIRE(pages >= 3);
  for (std::size_t i = 0; i < pages; ++i) {
    const print::PlacedLine& first = layout.pages[i].footer.front();
    CHECK(text_of(first) == "Page " + std::to_string(i + 1) + " of " + std::to_string(pages));
    CHECK(first.x == layout.pages[0].footer.front().x);
    CHECK(first.baseline == layout.pages[0].footer.front().baseline);
    REQUIRE(layout.pages[i].footer.size() == 2);
    CHECK(text_of(layout.pages[i].footer[1]) == "Revised November 26, 2026");
    for (const print::PlacedLine& line : layout.pages[i].footer)
      for (const print::Span& span : line.spans) CHECK(span.glyphs.node == print::artifact);
  }
}

TEST_CASE("structure: H1 headings by depth L with LI Lbl and LBody notes and contact") {
  model::Handout h =
      handout({section("One", 1,
                       {list({"a b", "c d"}), list({"e", "f", "g"}, true),
                        model::Note{model::NoteKind::important, runs("careful"), {}, {}},
                        section("Two", 2, {section("Three", 3, {paragraph("x")})})})});
  const print::Layout layout = lay(h);
  std::map<print::Role, int> count;
  for (const print::Node& node : layout.nodes) ++count[node.role];
  CHECK(count[print::Role::h1] == 1);
  CHECK(count[print::Role::h2] == 2);  // "One" and the contact block's "How to reach us"
  CHECK(count[print::Role::h3] == 1);
  CHECK(count[print::Role::h4] == 1);
  CHECK(count[print::Role::l] == 2);
  CHECK(count[print::Role::li] == 5);
  CHECK(count[print::Role::lbl] == 5);
  CHECK(count[print::Role::lbody] == 5);
  CHECK(count[print::Role::div] == 1);
  CHECK(count[print::Role::sect] == 4);  // "One", "Two", "Three" and the contact block
  CHECK(count[print::Role::link] == 4);  // the clinic phone, email and two office phones
  std::vector<std::string> labels;
  for (const print::Page& page : layout.pages)
    for (const print::PlacedLine& line : page.lines)
      for (const print::Span& span : line.spans)
        if (layout.nodes[static_cast<std::size_t>(span.glyphs.node)].role == print::Role::lbl) {
          labels.push_back(span.glyphs.text);
          CHECK(span.glyphs.size == 18);
        }
  CHECK(labels == std::vector<std::string>{"\u2022 ", "\u2022 ", "1. ", "2. ", "3. "});
  CHECK(layout.outline.size() == 4);
  CHECK(layout.outline[2].title == "Three");
  CHECK(layout.outline[2].depth == 3);
  CHECK(layout.outline[3].title == "How to reach us");
  CHECK(layout.outline[3].depth == 1);
}

TEST_CASE("structure: each section is a Sect with its heading first and subsections inside") {
  model::Handout h = handout(
      {paragraph("intro"), section("One", 1, {paragraph("a"), section("Two", 2, {list({"b"})})}),
       section("Three", 1, {model::Note{model::NoteKind::important, runs("careful"), {}, {}}})});
  const print::Layout layout = lay(h);
  const auto& nodes = layout.nodes;
  const auto parent_role = [&](const print::Node& node) {
    return node.parent < 0 ? print::Role::document
                           : nodes[static_cast<std::size_t>(node.parent)].role;
  };
  std::vector<int> sects;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const print::Role role = nodes[i].role;
    if (role == print::Role::sect) sects.push_back(static_cast<int>(i));
    if (role == print::Role::h2 || role == print::Role::h3 || role == print::Role::h4) {
      CHECK(parent_role(nodes[i]) == print::Role::sect);
      CHECK(nodes[i].parent == static_cast<int>(i) - 1);  // the Sect's first element
    }
    if (role == print::Role::l || role == print::Role::div)
      CHECK(parent_role(nodes[i]) == print::Role::sect);
  }
  REQUIRE(sects.size() == 4);  // One, Two, Three and the contact block
  CHECK(nodes[static_cast<std::size_t>(sects[0])].parent == 0);
  CHECK(nodes[static_cast<std::size_t>(sects[1])].parent == sects[0]);  // Two inside One
  CHECK(nodes[static_cast<std::size_t>(sects[2])].parent == 0);
  CHECK(nodes[static_cast<std::size_t>(sects[3])].parent == 0);
  // The introduction before the first section belongs to the document itself.
  CHECK(nodes[2].role == print::Role::p);  // after the document and the title's H1
  CHECK(nodes[2].parent == 0);
}

TEST_CASE("list text hangs: every line of an item starts right of its label") {
  const print::Layout layout =
      lay(handout({section("S", 1, {list({words(40), words(30)}, true)})}));
  for (const print::Page& page : layout.pages)
    for (const print::PlacedLine& line : page.lines) {
      if (item_of(layout, line) < 0) continue;
      for (const print::Span& span : line.spans) {
        const print::Role role = layout.nodes[static_cast<std::size_t>(span.glyphs.node)].role;
        if (role == print::Role::lbl) CHECK(span.x == 0);
        if (role == print::Role::lbody) CHECK(span.x >= 2 * 0.6 * 18);  // past "1. "
      }
    }
}

TEST_CASE("notes and the contact block are boxed with a border of at least 2 pt - phones large") {
  const print::Layout layout = lay(handout(
      {section("S", 1, {model::Note{model::NoteKind::important, runs(words(30)), {}, {}}})}));
  CHECK(layout.style.border >= 2);
  std::size_t boxes = 0;
  for (const print::Page& page : layout.pages) {
    boxes += page.boxes.size();
    for (const print::PlacedLine& line : page.lines) {
      const print::Role role = role_of(layout, line);
      int node = line.spans.front().glyphs.node;
      while (node > 0 && layout.nodes[static_cast<std::size_t>(node)].parent > 0)
        node = layout.nodes[static_cast<std::size_t>(node)].parent;
      const print::Role top = layout.nodes[static_cast<std::size_t>(node)].role;
      if (top != print::Role::div && top != print::Role::sect) continue;
      if (role == print::Role::h2) continue;  // the contact block's heading, above its box
      bool inside = false;
      for (const print::Box& box : page.boxes)
        inside = inside || (line.top >= box.top + layout.style.border &&
                            line.top + line.height <= box.top + box.height - layout.style.border &&
                            line.x + line.spans.front().x >= box.x + layout.style.border);
      CHECK(inside);
      (void)role;
      for (const print::Span& span : line.spans) {
        const print::Node& owner = layout.nodes[static_cast<std::size_t>(span.glyphs.node)];
        if (owner.link && owner.link->uri.starts_with("tel:") && top == print::Role::sect) {
          CHECK(span.glyphs.size >= 22);
          CHECK(span.glyphs.font == print::Font::bold);
        }
      }
    }
  }
  CHECK(boxes >= 2);  // the note and the contact block
}

}  // namespace handout::test
