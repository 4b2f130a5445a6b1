#pragma once
// Every size and distance of the printed page, derived from the body size and the paper.
#include "print/paper.h"

namespace handout::print {

// How a box is framed. Each kind of note looks different without relying on colour.
enum class BoxFrame : unsigned char {
  plain,        // a note with no kind ("Important") and the contact block: one line, `border` wide
  thick,        // a warning: one line twice as wide
  double_line,  // an emergency: two lines with a gap between them
  dashed,       // a tip: a thinner dashed line
};

struct Style {
  double page_width = 612;  // points
  double page_height = 792;
  double margin = 72;  // one inch on every side
  double body = 18;    // every size below scales with it
  double title = 28;
  double subtitle = 22;
  double heading[4] = {22, 20, 20, 20};  // by depth 1 to 4 (an exercise under a depth 3 section)
  double phone = 22;                     // phone numbers of the contact block
  double footer = 18;
  double leading = 1.4;       // line height as a multiple of the size
  double block_gap = 0;       // before a paragraph, list, steps, note or contact block
  double heading_gap = 0;     // before a heading
  double item_gap = 0;        // between list items and steps
  double label_gap = 0;       // between a bullet or number and the item text
  double border = 2.5;        // boxes around notes and the contact block (a thick one: twice)
  double padding = 0;         // inside those boxes
  double footer_bottom = 36;  // from the paper's lower edge to the footer's last line bottom
  double rule = 1.5;          // a table's lines, between its rows and columns and around it
  double cell_padding = 0;    // between a table's rules and the text of its cells, across
  double cell_padding_y = 0;  // and up and down

  double content_width() const { return page_width - 2 * margin; }
  double heading_size(int depth) const;
  // How far a frame reaches in from its box's edge, and with the padding, where its text starts.
  double frame_width(BoxFrame frame) const;
  double box_inset(BoxFrame frame) const { return frame_width(frame) + padding; }
};

inline constexpr int max_heading_depth = 4;

// A checklist's box: its side is about the height of a capital letter of text `size` big, and
// its lines, like a tick's, are drawn this wide.
inline constexpr double checkbox_side(double size) {
  return 0.7 * size;
}
inline constexpr double checkbox_line(double size) {
  return 0.08 * size;
}

inline constexpr double min_body_size = 18;
inline constexpr double max_body_size = 32;

// Throws nothing; the caller checks options.body_size against the limits first.
Style make_style(double body_size, Paper paper);

}  // namespace handout::print
