// Lists and steps: a label (bullet or number) hanging to the left of the item's text.
#include <algorithm>

#include "print/flow_builder.h"

namespace handout::print {

namespace {

std::string label_text(bool numbered, std::size_t index) {
  return numbered ? std::to_string(index + 1) + "." : "\u2022";
}

// The label as one span, with a space after it so extracted text keeps the words apart.
Span label_span(const std::string& label, bool bold, double size, int node,
                const TextMeasure& measure) {
  Span span;
  span.glyphs.size = size;
  span.glyphs.node = node;
  for (const Word& word : shape_plain(label + " ", {size, bold}, node, measure)) {
    for (const Glyphs& part : word.parts) {
      span.glyphs.font = part.font;
      span.glyphs.text += part.text;
      span.glyphs.width += part.width;
    }
    if (word.space) span.glyphs.text += ' ';
  }
  return span;
}

}  // namespace

void FlowBuilder::items(std::span<const model::Item> items, bool numbered, const Placement& at,
                        double gap) {
  const int list = flow_.structure.add(Role::l, parent_);
  double hang = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Span label =
        label_span(label_text(numbered, i), numbered, style_.body, artifact, measure_);
    hang = std::max(hang, label.glyphs.width);
  }
  hang += style_.label_gap;
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < items.size(); ++i) {
    starts.push_back(flow_.lines.size());
    const int li = flow_.structure.add(Role::li, list);
    const int lbl = flow_.structure.add(Role::lbl, li);
    const Span label = label_span(label_text(numbered, i), numbered, style_.body, lbl, measure_);
    const int body = flow_.structure.add(Role::lbody, li);
    std::vector<Line> lines =
        text_lines(items[i].content, body, {style_.body, false}, at.width - hang, handout_.file);
    for (Line& line : lines)
      for (Span& span : line.spans) span.x += hang;
    lines.front().spans.insert(lines.front().spans.begin(), label);
    emit(std::move(lines), at, style_.body, i == 0 ? gap : style_.item_gap, Keep::together);
  }
  keep_list(starts);
}

}  // namespace handout::print
