#include "print/style.h"

#include <algorithm>

namespace handout::print {

double Style::heading_size(int depth) const {
  return heading[std::clamp(depth, 1, max_heading_depth) - 1];
}

double Style::frame_width(BoxFrame frame) const {
  switch (frame) {
    case BoxFrame::plain:
      return border;
    case BoxFrame::thick:
      return 2 * border;
    case BoxFrame::double_line:
      return 3 * border;  // a line, a gap as wide, a line
    case BoxFrame::dashed:
      return 0.8 * border;
  }
  return border;
}

Style make_style(double body_size, Paper paper) {
  Style style;
  if (paper == Paper::a4) {
    style.page_width = 595.276;  // 210 mm
    style.page_height = 841.89;  // 297 mm
  }
  const double scale = body_size / min_body_size;
  style.body = body_size;
  style.title = 28 * scale;
  style.subtitle = 22 * scale;
  style.heading[0] = 22 * scale;
  style.heading[1] = 20 * scale;
  style.heading[2] = 20 * scale;
  style.heading[3] = 20 * scale;
  style.phone = 22 * scale;
  style.footer = body_size;
  style.block_gap = 0.75 * body_size;
  style.heading_gap = 1.25 * body_size;
  style.item_gap = 0.4 * body_size;
  style.label_gap = 0.5 * body_size;
  style.padding = 0.6 * body_size;
  style.rule = body_size / 12;
  style.cell_padding = 0.4 * body_size;
  style.cell_padding_y = 0.25 * body_size;
  return style;
}

}  // namespace handout::print
