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

Frame below_header(const Style& style, Frame frame) {
  frame.top = std::max(frame.top, header_bottom(style) + 0.5 * style.body);
  return frame;
}

Layout layout(const model::Handout& handout, const Style& style, const TextMeasure& measure,
              const QrRequest* qr) {
  FooterText footer{lang::Terms(handout.lang), std::nullopt};
  if (handout.revised) footer.revised = footer.terms.revised_printed(*handout.revised);
  const Frame frame = body_frame(style, footer_line_count(footer, style, measure));
  const std::string title = running_title(model::plain_text(handout.title), style, measure);
  const Frame rest = title.empty() ? frame : below_header(style, frame);
  // What fits on a page: on the shortest page a block may be moved to.
  Flow flow = build_flow(handout, style, measure, rest.bottom - rest.top);

  std::optional<QrBlock> block;
  if (qr) block = qr_block(*qr, handout, style, measure, frame, flow.structure);
  Layout out{style,
             block ? paginate_with_qr(flow.lines, frame, rest, *block, style)
                   : paginate(flow.lines, frame, rest),
             flow.structure.nodes(),
             std::move(flow.outline),
             std::move(flow.figures),
             block ? std::optional(block->code) : std::nullopt,
             std::move(flow.grids)};
  const int pages = static_cast<int>(out.pages.size());
  for (int i = 0; i < pages; ++i) {
    Page& page = out.pages[static_cast<std::size_t>(i)];
    page.footer = footer_lines(footer, i + 1, pages, style, measure);
    if (i > 0) page.header = header_lines(title, style, measure);
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
