#pragma once
// Cuts the flow into pages. A page ends at the last line that may start a page (headings keep
// with what follows, paragraphs leave no single line alone, items and boxes stay whole) unless
// no such line is on the page: then whatever is longer than a page is split where it overflows.
#include <span>
#include <vector>

#include "print/flow.h"

namespace handout::print {

struct PlacedLine {
  std::vector<Span> spans;  // x measured from `x`
  double x = 0;             // the left margin, from the paper's left edge
  double top = 0;           // of the line box, from the paper's top edge
  double baseline = 0;      // from the paper's top edge
  double height = 0;
  int outline = -1;
  TextAnchor anchor{};  // the model text the line starts in (FlowLine::anchor)
  int figure = -1;      // the picture this line is (Layout::figures), which has no spans
};

struct Box {  // a bordered rectangle; top and outer edges, from the paper's top-left corner
  double x = 0, top = 0, width = 0, height = 0;
  BoxFrame frame = BoxFrame::plain;
};

// The part of a table on one page: where its rules go (Flow::grids[grid] has its columns).
struct GridBox {
  int grid = -1;
  double x = 0, top = 0, height = 0;  // from the paper's top-left corner
  std::vector<double> rows;           // the top of each row after the first on the page
};

struct Page {
  std::vector<PlacedLine> lines;
  std::vector<Box> boxes;
  std::vector<GridBox> grids;
  std::vector<PlacedLine> footer;  // page furniture: an artifact
  std::vector<PlacedLine> header;  // the running title, on pages after the first: an artifact
};

struct Frame {  // where body text may go
  double left = 0, top = 0, bottom = 0, width = 0;
};

std::vector<Page> paginate(std::span<const FlowLine> lines, const Frame& frame);
// The same with page 1 in `first` (above the QR code) and the others in `rest`.
std::vector<Page> paginate(std::span<const FlowLine> lines, const Frame& first, const Frame& rest);

}  // namespace handout::print
