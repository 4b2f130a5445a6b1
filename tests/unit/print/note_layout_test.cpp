// Notes in the layout: each kind's word label first, in bold and in the tag tree, and a frame
// of its own that does not rely on colour; a note of blocks holds its paragraphs, lists and
// steps inside its frame; a note that fits on a page is not split.
#include <doctest/doctest.h>

#include <algorithm>

#include "layout_support.h"

namespace handout::test {

namespace {

struct KindLook {
  model::NoteKind kind;
  std::string english, spanish;
  print::BoxFrame frame;
};

const KindLook kind_looks[] = {
    {model::NoteKind::important, "Important", "Importante", print::BoxFrame::plain},
    {model::NoteKind::emergency, "Emergency", "Emergencia", print::BoxFrame::double_line},
    {model::NoteKind::warning, "Warning", "Advertencia", print::BoxFrame::thick},
    {model::NoteKind::tip, "Tip", "Consejo", print::BoxFrame::dashed},
};

// The Div of the (first) note.
int note_div(const print::Layout& layout) {
  for (std::size_t i = 0; i < layout.nodes.size(); ++i)
    if (layout.nodes[i].role == print::Role::div) return static_cast<int>(i);
  FAIL("no note");
  return -1;
}

}  // namespace

TEST_CASE("each note kind has its word label first in bold and a frame of its own") {
  for (const KindLook& look : kind_looks) {
    for (const std::string lang : {"en-US", "es-MX"}) {
      CAPTURE(look.english);
      CAPTURE(lang);
      model::Handout h = handout({section("S", 1, {note(look.kind, "Call us today.")})});
      h.lang.tag = lang;
      const print::Layout layout = lay(h);
      const int div = note_div(layout);
      std::vector<const print::PlacedLine*> lines;
      for (const LineOnPage& ref : lines_of(layout))
        if (within(layout, node_of(layout, *ref.line), div)) lines.push_back(ref.line);
      REQUIRE(lines.size() == 2);
      CHECK(text_of(*lines[0]) == (lang == "en-US" ? look.english : look.spanish));
      CHECK(lines[0]->spans.front().glyphs.font == print::Font::bold);
      CHECK(lines[0]->spans.front().glyphs.size == 18);
      const print::Node& label = layout.nodes[static_cast<std::size_t>(
          lines[0]->spans.front().glyphs.node)];  // text, not an artifact
      CHECK(label.role == print::Role::p);
      CHECK(label.parent == div);
      CHECK(text_of(*lines[1]) == "Call us today.");
      const print::Box& box = layout.pages.front().boxes.front();
      CHECK(box.frame == look.frame);
      const double frame = layout.style.frame_width(look.frame);
      for (const print::PlacedLine* line : lines) {
        CHECK(line->x + line->spans.front().x >= box.x + frame + 1);
        CHECK(line->top >= box.top + frame);
        CHECK(line->top + line->height <= box.top + box.height - frame);
      }
    }
  }
}

TEST_CASE("the frames differ in width and pattern - the thick ones twice the plain one or more") {
  const print::Style style = print::make_style(18, print::Paper::letter);
  CHECK(style.frame_width(print::BoxFrame::plain) >= 2);
  CHECK(style.frame_width(print::BoxFrame::dashed) >= 2);
  CHECK(style.frame_width(print::BoxFrame::thick) >= 2 * style.frame_width(print::BoxFrame::plain));
  CHECK(style.frame_width(print::BoxFrame::double_line) >=
        3 * style.frame_width(print::BoxFrame::plain));
}

TEST_CASE("a note of blocks prints its label then its paragraphs lists and steps in its frame") {
  const print::Layout layout = lay(handout(
      {section("S", 1,
               {note_of(model::NoteKind::emergency,
                        {paragraph("Call 911 if you have:"), list({"Chest pain", "Weakness"}),
                         list({"Sit down", "Call"}, true)})})}));
  const int div = note_div(layout);
  std::vector<std::string> texts;
  for (const LineOnPage& ref : lines_of(layout))
    if (within(layout, node_of(layout, *ref.line), div)) texts.push_back(text_of(*ref.line));
  CHECK(texts == std::vector<std::string>{"Emergency", "Call 911 if you have:", "• Chest pain",
                                          "• Weakness", "1. Sit down", "2. Call"});
  std::vector<print::Role> children;
  for (const print::Node& node : layout.nodes)
    if (node.parent == div) children.push_back(node.role);
  CHECK(children ==
        std::vector<print::Role>{print::Role::p, print::Role::p, print::Role::l, print::Role::l});
  const print::Box& box = layout.pages.front().boxes.front();
  CHECK(box.frame == print::BoxFrame::double_line);
  for (const LineOnPage& ref : lines_of(layout)) {
    if (!within(layout, node_of(layout, *ref.line), div)) continue;
    CHECK(ref.line->x + ref.line->spans.front().x >= box.x + 3 * layout.style.border);
    CHECK(ref.line->top + ref.line->height <= box.top + box.height);
  }
}

TEST_CASE("a note that fits on a page is not split - it moves whole with the block it follows") {
  int moved = 0;
  for (int filler = 0; filler < 30; ++filler) {
    std::vector<model::Block> blocks;
    for (int i = 0; i <= filler; ++i) blocks.push_back(paragraph(words(4 + (i * 5) % 19)));
    blocks.push_back(note_of(
        model::NoteKind::warning,
        {paragraph(words(25)), list({words(8), words(8), words(8)}), paragraph(words(20))}));
    const print::Layout layout = lay(handout({section("S", 1, std::move(blocks))}));
    const int div = note_div(layout);
    std::vector<LineOnPage> lines;
    for (const LineOnPage& ref : lines_of(layout))
      if (within(layout, node_of(layout, *ref.line), div)) lines.push_back(ref);
    CAPTURE(filler);
    CHECK(lines.front().page == lines.back().page);
    // It moves with the last lines of the paragraph it follows (docs/content-format.md).
    const std::vector<LineOnPage> all = lines_of(layout);
    const auto first = std::ranges::find_if(
        all, [&](const LineOnPage& ref) { return ref.line == lines.front().line; });
    REQUIRE(first != all.begin());
    CHECK(std::prev(first)->page == lines.front().page);
    if (lines.front().page > 0) ++moved;
  }
  CHECK(moved > 3);
}

}  // namespace handout::test
