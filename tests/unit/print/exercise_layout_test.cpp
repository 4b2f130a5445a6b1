// Exercises in the layout: a Sect whose name is a heading one level below its section's (H2 to
// H5, in the outline), kept on one page when it fits; its dose one body-size line, its label
// bold.
#include <doctest/doctest.h>

#include "layout_support.h"

namespace handout::test {

namespace {

// The node of the exercise's Sect: the parent of the heading whose text is `name`.
int exercise_sect(const print::Layout& layout, const std::string& name) {
  for (const LineOnPage& ref : lines_of(layout))
    if (ref.line->figure < 0 && text_of(*ref.line) == name)
      return layout.nodes[static_cast<std::size_t>(ref.line->spans.front().glyphs.node)].parent;
  FAIL("no heading " << name);
  return -1;
}

std::vector<LineOnPage> lines_within(const print::Layout& layout, int node) {
  std::vector<LineOnPage> out;
  for (const LineOnPage& ref : lines_of(layout))
    if (within(layout, node_of(layout, *ref.line), node)) out.push_back(ref);
  return out;
}

}  // namespace

TEST_CASE("an exercise is a Sect whose name is a heading one level below its section") {
  const print::Layout layout = lay(
      handout({section("Program", 1, {exercise("Pendulum", 2, {paragraph("Lean.")})}),
               exercise("Walk", 1, {paragraph("Walk.")}),
               section("A", 1, {section("B", 2, {section("C", 3, {exercise("Deep", 4, {})})})})}));
  const int pendulum = exercise_sect(layout, "Pendulum");
  CHECK(layout.nodes[static_cast<std::size_t>(pendulum)].role == print::Role::sect);
  const int program = layout.nodes[static_cast<std::size_t>(pendulum)].parent;
  CHECK(layout.nodes[static_cast<std::size_t>(program)].role == print::Role::sect);
  CHECK(layout.nodes[static_cast<std::size_t>(exercise_sect(layout, "Walk"))].parent == 0);

  std::map<std::string, print::Role> roles;
  std::map<std::string, double> sizes;
  for (const LineOnPage& ref : lines_of(layout)) {
    roles[text_of(*ref.line)] = line_role(layout, *ref.line);
    sizes[text_of(*ref.line)] = ref.line->spans.front().glyphs.size;
  }
  CHECK(roles["Pendulum"] == print::Role::h3);
  CHECK(roles["Walk"] == print::Role::h2);
  CHECK(roles["Deep"] == print::Role::h5);
  CHECK(sizes["Deep"] == doctest::Approx(20));
  CHECK(roles["Lean."] == print::Role::p);

  std::vector<std::pair<std::string, int>> outline;
  for (const print::OutlineEntry& entry : layout.outline)
    outline.emplace_back(entry.title, entry.depth);
  CHECK(outline == std::vector<std::pair<std::string, int>>{{"Program", 1},
                                                            {"Pendulum", 2},
                                                            {"Walk", 1},
                                                            {"A", 1},
                                                            {"B", 2},
                                                            {"C", 3},
                                                            {"Deep", 4},
                                                            {"How to reach us", 1}});
}

TEST_CASE("headings at depth 4 scale with the font size like the others") {
  for (const double body : {18.0, 32.0}) {
    const print::Style style = print::make_style(body, print::Paper::letter);
    CHECK(style.heading_size(4) == doctest::Approx(20 * body / 18));
    CHECK(style.heading_size(4) >= body);
  }
}

TEST_CASE("an exercise that fits on a page is never split - it moves whole to the next page") {
  int moved = 0;
  // From two paragraphs on: the section's heading keeps with the two lines after it, and a
  // lone line of text would hold the exercise's heading to it.
  for (int filler = 1; filler < 30; ++filler) {
    std::vector<model::Block> blocks;
    for (int i = 0; i <= filler; ++i) blocks.push_back(paragraph(words(4 + (i * 7) % 23)));
    blocks.push_back(
        exercise("Bridge", 2,
                 {paragraph(words(20)), figure(1200, 500, "Lift the hips."),
                  list({words(12), words(9)}, true), note(model::NoteKind::tip, words(10))}));
    const print::Layout layout = lay(handout({section("S", 1, std::move(blocks))}));
    const std::vector<LineOnPage> lines = lines_within(layout, exercise_sect(layout, "Bridge"));
    CAPTURE(filler);
    REQUIRE(lines.size() > 8);
    CHECK(lines.front().page == lines.back().page);
    if (lines.front().line == &layout.pages[lines.front().page].lines.front()) ++moved;
  }
  CHECK(moved > 3);
}

TEST_CASE("an exercise taller than a page splits where any text would") {
  std::vector<model::Block> steps;
  for (int i = 0; i < 16; ++i) steps.push_back(paragraph(words(30)));
  const print::Layout layout =
      lay(handout({section("S", 1, {paragraph(words(10)), exercise("Long", 2, steps)})}));
  const std::vector<LineOnPage> lines = lines_within(layout, exercise_sect(layout, "Long"));
  CHECK(lines.front().page == 0);  // not moved off the first page first
  CHECK(lines.back().page >= 1);
}

TEST_CASE("the dose is one paragraph in the body size with its label bold") {
  for (const double body : {18.0, 32.0}) {
    CAPTURE(body);
    const print::Layout layout =
        lay(handout({section("S", 1, {exercise("Pendulum", 2, {paragraph("x")})})}), body);
    std::string text;
    int node = -1;
    for (const LineOnPage& ref : lines_of(layout)) {
      const print::PlacedLine& line = *ref.line;
      if (line.figure >= 0) continue;
      if (node < 0 && text_of(line).starts_with("Dose:")) {
        node = line.spans.front().glyphs.node;
        CHECK(line.spans.front().glyphs.text.starts_with("Dose:"));
        CHECK(line.spans.front().glyphs.font == print::Font::bold);
        CHECK(line.spans.back().glyphs.font == print::Font::regular);
      }
      if (node < 0 || line.spans.front().glyphs.node != node) continue;
      text += text_of(line);
      for (const print::Span& span : line.spans) CHECK(span.glyphs.size == body);
    }
    REQUIRE(node >= 0);
    CHECK(layout.nodes[static_cast<std::size_t>(node)].role == print::Role::p);
    CHECK(text == "Dose: 2 sets · 10 times · each side");
  }
}

TEST_CASE("a long dose breaks only between its amounts - never inside one") {
  model::Dose d = dose(2, 10);
  d.hold_seconds = 5;
  d.times = model::Count{3, 3};
  const model::Handout h =
      handout({section("S", 1, {exercise("Pendulum", 2, {paragraph("x")}, d)})});
  const model::Dose& printed =
      std::get<model::Exercise>(std::get<model::Section>(h.body[0]).blocks[0]).dose();
  const print::Layout layout = lay(h, 32);
  std::vector<std::string> lines;
  for (const LineOnPage& ref : lines_of(layout))
    if (ref.line->anchor.source == &printed) lines.push_back(text_of(*ref.line));
  REQUIRE(lines.size() >= 2);
  std::string all;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    CAPTURE(lines[i]);
    if (i + 1 < lines.size()) CHECK(lines[i].ends_with("\u00B7 "));
    all += lines[i];
  }
  CHECK(all == "Dose: 2 sets · 10 times · hold 5 seconds · 3 times a day · each side");
}

}  // namespace handout::test
