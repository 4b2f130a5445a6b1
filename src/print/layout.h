#pragma once
// Layout: a pure function from the document model, a style and a text measure to pages of
// positioned lines and boxes, the structure tree and the outline. No PDF library involved.
#include <optional>
#include <vector>

#include "model/handout.h"
#include "print/flow.h"
#include "print/measure.h"
#include "print/paginate.h"
#include "print/qr_layout.h"
#include "print/style.h"

namespace handout::print {

struct Layout {
  Style style;
  std::vector<Page> pages;
  std::vector<Node> nodes;  // node 0 is the document
  std::vector<OutlineEntry> outline;
  std::vector<FigureBox> figures;  // PlacedLine::figure indexes them
  std::optional<QrPlacement> qr;   // on the first page, when asked for
  std::vector<TableGrid> grids;    // GridBox::grid indexes them
};

// With `qr`, the first page carries the code to the read-along page at its foot.
Layout layout(const model::Handout& handout, const Style& style, const TextMeasure& measure,
              const QrRequest* qr = nullptr);

// Where body text may go, leaving room for a footer of `footer_lines` lines.
Frame body_frame(const Style& style, int footer_lines);
// The same frame on a page that carries the running title: starting below it.
Frame below_header(const Style& style, Frame frame);

}  // namespace handout::print
