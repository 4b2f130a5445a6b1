#pragma once
// Test support: laying out models with the fake measure, and reading the result.
#include <map>
#include <string>

#include "fake_measure.h"
#include "model_builders.h"
#include "print/layout.h"

namespace handout::test {

inline print::Layout lay(const model::Handout& h, double body = 18,
                         print::Paper paper = print::Paper::letter) {
  const FakeMeasure measure;
  return print::layout(h, print::make_style(body, paper), measure);
}

inline std::string text_of(const print::PlacedLine& line) {
  std::string out;
  for (const print::Span& span : line.spans) out += span.glyphs.text;
  return out;
}

// The role of the structure element of a line's first span.
inline print::Role role_of(const print::Layout& layout, const print::PlacedLine& line) {
  return layout.nodes[static_cast<std::size_t>(line.spans.front().glyphs.node)].role;
}

inline bool is_heading(print::Role role) {
  return role == print::Role::h1 || role == print::Role::h2 || role == print::Role::h3 ||
         role == print::Role::h4 || role == print::Role::h5;
}

// Every placed line with the page it is on (from 0), in order.
struct LineOnPage {
  std::size_t page;
  const print::PlacedLine* line;
};

inline std::vector<LineOnPage> lines_of(const print::Layout& layout) {
  std::vector<LineOnPage> out;
  for (std::size_t p = 0; p < layout.pages.size(); ++p)
    for (const print::PlacedLine& line : layout.pages[p].lines) out.push_back({p, &line});
  return out;
}

// The structure node of a line: its first span's, or its picture's.
inline int node_of(const print::Layout& layout, const print::PlacedLine& line) {
  if (line.figure >= 0) return layout.figures[static_cast<std::size_t>(line.figure)].node;
  return line.spans.front().glyphs.node;
}

inline print::Role line_role(const print::Layout& layout, const print::PlacedLine& line) {
  return layout.nodes[static_cast<std::size_t>(node_of(layout, line))].role;
}

// Whether `node` is `ancestor` or inside it.
inline bool within(const print::Layout& layout, int node, int ancestor) {
  for (; node >= 0; node = layout.nodes[static_cast<std::size_t>(node)].parent)
    if (node == ancestor) return true;
  return false;
}

// The list item (LI node) a line belongs to, or -1.
inline int item_of(const print::Layout& layout, const print::PlacedLine& line) {
  int node = line.spans.front().glyphs.node;
  while (node > 0 && layout.nodes[static_cast<std::size_t>(node)].role != print::Role::li)
    node = layout.nodes[static_cast<std::size_t>(node)].parent;
  return node > 0 ? node : -1;
}

// A long handout with every kind of block, its shape drawn from `seed`.
inline model::Handout generated(unsigned seed) {
  unsigned state = seed * 2654435761u + 1;
  const auto next = [&state](int n) {
    state = state * 1103515245u + 12345u;
    return static_cast<int>((state >> 16) % static_cast<unsigned>(n));
  };
  std::vector<model::Block> body{paragraph(words(20 + next(40), "intro"))};
  for (int s = 0; s < 8; ++s) {
    std::vector<model::Block> blocks;
    for (int b = 0; b < 2 + next(4); ++b) {
      switch (next(5)) {
        case 0:
          blocks.push_back(list({words(3 + next(20)), words(2 + next(30)), words(5)}));
          break;
        case 1:
          blocks.push_back(list({words(10 + next(20)), words(4 + next(30))}, true));
          break;
        case 2:
          blocks.push_back(
              model::Note{model::NoteKind::important, runs(words(10 + next(30), "note")), {}, {}});
          break;
        default:
          blocks.push_back(paragraph(words(5 + next(70), "p")));
          break;
      }
    }
    if (next(2) == 0)
      blocks.push_back(section("Sub heading " + std::to_string(s), 2,
                               {paragraph(words(10 + next(50))),
                                section("Deep heading", 3, {paragraph(words(3 + next(40)))})}));
    body.push_back(section("Heading number " + std::to_string(s), 1, std::move(blocks)));
  }
  return handout(std::move(body));
}

}  // namespace handout::test
