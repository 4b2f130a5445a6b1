// Notes: a box whose frame says how urgent the note is without relying on colour, its label
// ("Emergency", "Warning", "Tip", "Important") on the first line in bold, then its text or its
// paragraphs, lists and steps. A note that fits on a page is not split.
#include "print/flow_builder.h"

namespace handout::print {

namespace {

BoxFrame frame_of(model::NoteKind kind) {
  switch (kind) {
    case model::NoteKind::emergency:
      return BoxFrame::double_line;
    case model::NoteKind::warning:
      return BoxFrame::thick;
    case model::NoteKind::tip:
      return BoxFrame::dashed;
    case model::NoteKind::important:
      return BoxFrame::plain;
  }
  return BoxFrame::plain;
}

}  // namespace

// The note is a Div holding its label, a P, then its text or blocks.
void FlowBuilder::note(const model::Note& note) {
  const int div = flow_.structure.add(Role::div, parent_);
  const Placement at = inside_box(frame_of(note.kind));
  const std::size_t first = flow_.lines.size();
  note_label(note, div, at);
  const std::size_t body = flow_.lines.size();
  if (note.blocks.empty()) {
    paragraph(note.content, div, at, 0);
  } else {
    const int outer = std::exchange(parent_, div);
    for (std::size_t i = 0; i < note.blocks.size(); ++i) {
      const std::size_t start = flow_.lines.size();
      note_block(note.blocks[i], at, i == 0 ? 0 : style_.block_gap);  // the first under the label
      if (i > 0) keep_with_previous(note.blocks[i - 1], note.blocks[i], start);
    }
    parent_ = outer;
  }
  // The label never ends a page. Not keep_with_next: that would hold two lines, and past the
  // note's end when its text has one.
  flow_.lines[body].break_before = false;
  keep_on_one_page(first);
}

// Anchored to the note itself: the label is not in the note's text.
void FlowBuilder::note_label(const model::Note& note, int div, const Placement& at) {
  const int p = flow_.structure.add(Role::p, div);
  const model::Inlines runs{
      model::Run{model::RunKind::text, plan_.note_label(note.kind), "", false, note.at}};
  anchor_override_ = TextAnchor{&note, 0};
  emit(text_lines(runs, p, {style_.body, true}, at.width, handout_.file), at, style_.body,
       style_.block_gap, Keep::together);
  anchor_override_.reset();
}

void FlowBuilder::note_block(const model::Block& block, const Placement& at, double gap) {
  if (const auto* p = std::get_if<model::Paragraph>(&block))
    return paragraph(p->content, parent_, at, gap);
  if (const auto* list = std::get_if<model::List>(&block))
    return items(list->items, false, at, gap);
  if (const auto* steps = std::get_if<model::Steps>(&block))
    return items(steps->items, true, at, gap);
  throw model::Error({handout_.file, std::visit([](const auto& b) { return b.at; }, block),
                      "a note holds only paragraphs, lists and steps: this cannot be printed "
                      "inside one"});
}

}  // namespace handout::print
