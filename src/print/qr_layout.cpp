#include "print/qr_layout.h"

#include <algorithm>

#include "lang/read_along.h"
#include "lang/terms.h"
#include "print/line_breaker.h"
#include "print/text.h"

namespace handout::print {

namespace {

// Body-size lines of `text` in `node`, `width` wide, from `top` down, at the left edge `x`.
double append_lines(std::vector<PlacedLine>& out, std::string_view text, int node, double x,
                    double top, double width, const Style& style, const TextMeasure& measure) {
  const std::vector<Word> words = shape_plain(text, {style.body, false}, node, measure);
  const double height = style.body * style.leading;
  const double ink = (measure.ascent() + measure.descent()) * style.body;
  const double baseline = (height - ink) / 2 + measure.ascent() * style.body;
  for (Line& line : break_lines(words, width, measure)) {
    out.push_back({std::move(line.spans), x, top, top + baseline, height, -1});
    top += height;
  }
  return top;
}

// The space between the first page's body text and the block.
double gap_above(const Style& style) {
  return std::max(style.block_gap, 0.5 * style.body);
}

}  // namespace

QrBlock qr_block(const QrRequest& qr, const model::Handout& handout, const Style& style,
                 const TextMeasure& measure, const Frame& frame, Structure& structure) {
  const lang::Terms terms(handout.lang);
  QrBlock block;
  QrPlacement& code = block.code;
  code.matrix = qr.matrix;
  const int modules = qr.matrix.size + 2 * qr_quiet_modules;
  code.module = std::max({qr_min_code / qr.matrix.size, 4 * style.body / modules, qr_min_module});
  code.x = frame.left;
  code.figure = structure.add_figure(0, terms.qr_code(qr.url));

  const int p = structure.add(Role::p, 0);
  const std::string address(lang::short_address(qr.url));
  const int link =
      structure.add(Role::link, p, LinkTarget{qr.url, terms.link(model::RunKind::web, address)});
  const double x = frame.left + code.side() + 0.5 * style.body;
  const double width = frame.left + frame.width - x;
  double bottom = append_lines(block.lines, terms.listen(), p, x, 0, width, style, measure);
  bottom = append_lines(block.lines, address, link, x, bottom, width, style, measure);
  block.height = std::max(code.side(), bottom);
  return block;
}

std::vector<Page> paginate_with_qr(std::span<const FlowLine> lines, const Frame& frame,
                                   const Frame& rest, QrBlock& block, const Style& style) {
  const double block_top = frame.bottom - block.height;
  Frame first_frame = frame;
  first_frame.bottom = block_top - gap_above(style);
  // Not by counting page 1's placed lines: a continuation heading that is not shown is a
  // flow line with no placed line.
  std::vector<Page> pages = paginate(lines, first_frame, rest);
  block.code.top = block_top;
  for (PlacedLine line : block.lines) {
    line.top += block_top;
    line.baseline += block_top;
    pages.front().lines.push_back(std::move(line));
  }
  return pages;
}

}  // namespace handout::print
