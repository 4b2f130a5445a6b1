#include "print/layout.h"

#include <algorithm>

#include "print/footer.h"

namespace handout::print {

Frame body_frame(const Style& style, int footer_lines) {
  const double footer_top =
      style.footer_bottom + footer_lines * style.footer * style.leading + 0.5 * style.body;
  Frame frame;
  frame.left = style.margin;
  frame.top = style.margin;
  frame.bottom = style.page_height - std::max(style.margin, footer_top);
  frame.width = style.content_width();
  return frame;
}

Layout layout(const model::Handout& handout, const Style& style, const TextMeasure& measure,
              const QrRequest* qr) {
  FooterText footer{lang::Terms(handout.lang), std::nullopt};
  if (handout.revised) footer.revised = footer.terms.revised_printed(*handout.revised);
  const Frame frame = body_frame(style, footer_line_count(footer, style, measure));
  Flow flow = build_flow(handout, style, measure, frame.bottom - frame.top);

  std::optional<QrBlock> block;
  if (qr) block = qr_block(*qr, handout, style, measure, frame, flow.structure);
  Layout out{
      style,
      block ? paginate_with_qr(flow.lines, frame, *block, style) : paginate(flow.lines, frame),
      flow.structure.nodes(),
      std::move(flow.outline),
      std::move(flow.figures),
      block ? std::optional(block->code) : std::nullopt,
      std::move(flow.grids)};
  const int pages = static_cast<int>(out.pages.size());
  for (int i = 0; i < pages; ++i) {
    Page& page = out.pages[static_cast<std::size_t>(i)];
    page.footer = footer_lines(footer, i + 1, pages, style, measure);
    for (const PlacedLine& line : page.lines) {
      if (line.outline < 0) continue;
      OutlineEntry& entry = out.outline[static_cast<std::size_t>(line.outline)];
      entry.page = i;
      entry.top = line.top;
    }
  }
  return out;
}

}  // namespace handout::print
