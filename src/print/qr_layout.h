#pragma once
// The QR code to the handout's read-along page (<publish base> + id + ".html") at the foot of
// the first page: the code, with its quiet zone, at the left margin, and beside it in body
// size "Listen to this handout:" and the short address, a link. Pure: the module matrix comes
// from the painter's side (libqrencode); here it is only placed.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/handout.h"
#include "print/measure.h"
#include "print/paginate.h"
#include "print/structure.h"
#include "print/style.h"

namespace handout::print {

// Square, row-major, without the quiet zone; true is a dark module.
struct QrMatrix {
  int size = 0;
  std::vector<bool> dark;
  bool at(int row, int column) const {
    return dark[static_cast<std::size_t>(row) * static_cast<std::size_t>(size) +
                static_cast<std::size_t>(column)];
  }
};

struct QrRequest {
  std::string url;  // what the code holds
  QrMatrix matrix;
};

inline constexpr int qr_quiet_modules = 4;
// The code itself, without its quiet zone, is at least 1 inch (points; over 25 mm) …
inline constexpr double qr_min_code = 72;
// … and its modules at least this big (points): 2 pixels of a page scanned or photographed at
// 72 dpi, so it still decodes from a poor copy. A long address needs more modules: the code
// grows instead of its modules shrinking.
inline constexpr double qr_min_module = 2;

// Where the code is on the first page.
struct QrPlacement {
  double x = 0, top = 0;  // outer corner of the quiet zone, from the paper's top-left corner
  double module = 0;      // side of one module, points
  QrMatrix matrix;
  int figure = -1;  // its structure node
  double side() const { return module * (matrix.size + 2 * qr_quiet_modules); }  // quiet zone too
  double code_side() const { return module * matrix.size; }
};

// The block before it is placed: the code and the text lines, from the block's top.
struct QrBlock {
  QrPlacement code;
  std::vector<PlacedLine> lines;
  double height = 0;
};

// The code and its words, as wide as `frame`; adds the Figure, P and Link nodes to `structure`.
QrBlock qr_block(const QrRequest& qr, const model::Handout& handout, const Style& style,
                 const TextMeasure& measure, const Frame& frame, Structure& structure);

// Pages as paginate() makes them, but the first page's body ends above the block, which is
// placed at the foot of that page's frame; the others' in `rest`. Sets `block.code.top` to where
// the code went.
std::vector<Page> paginate_with_qr(std::span<const FlowLine> lines, const Frame& frame,
                                   const Frame& rest, QrBlock& block, const Style& style);

}  // namespace handout::print
