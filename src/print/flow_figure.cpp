// A picture: one flow line as tall as the picture, then its caption glued under it, so the two
// move to the next page together. The picture is a Figure element whose /Alt is its
// description; the caption follows it as a Caption element, as the PDF Association's tagging
// guide for PDF/UA-1 recommends (a Caption inside a Figure with /Alt is hidden from screen
// readers, which read the /Alt instead of the Figure's content).
#include "print/flow_builder.h"
#include "print/picture_size.h"

namespace handout::print {

void FlowBuilder::figure(const model::Figure& figure, const Placement& at) {
  const int node = flow_.structure.add_figure(parent_, model::plain_text(figure.description));
  std::vector<Line> caption;
  std::vector<TextAnchor> caption_anchors;
  if (figure.caption) {
    const int p = flow_.structure.add(Role::caption, parent_);
    caption = text_lines(*figure.caption, p, {style_.body, false}, at.width, handout_.file);
    caption_anchors = std::exchange(anchors_, {});
  }
  const double caption_gap = style_.item_gap;
  const double caption_height =
      caption.empty() ? 0 : caption_gap + caption.size() * style_.body * style_.leading;

  // A hundredth of a point below a page's height, so that rounding cannot push the caption's
  // last line off the page.
  const double room = std::max(page_height_ - caption_height - 0.01, style_.body);
  const PrintedSize size =
      printed_size(figure.picture.width, figure.picture.height, at.width, room);
  FlowLine line;
  line.height = size.height;
  line.baseline = size.height;
  line.space_before = style_.block_gap;
  line.box = at.box;
  line.frame = at.frame;
  line.box_inset = at.inset;
  line.figure = static_cast<int>(flow_.figures.size());
  line.anchor = TextAnchor{&figure.description, 0};
  flow_.figures.push_back({&figure, at.x, size.width, size.height, at.width, node});
  flow_.lines.push_back(std::move(line));

  if (caption.empty()) return;
  const std::size_t first = flow_.lines.size();
  anchors_ = std::move(caption_anchors);
  emit(std::move(caption), at, style_.body, caption_gap, Keep::together);
  flow_.lines[first].break_before = false;  // never apart from its picture
}

}  // namespace handout::print
