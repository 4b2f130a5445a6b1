// The clinic's contact block: boxed, the name bold, phone numbers bold and large, each office
// with its address and hours. A page may end only between the clinic's lines and an office,
// and the part on the new page starts with "How to reach us (continued)".
#include "print/flow_builder.h"

namespace handout::print {

void FlowBuilder::contact_line(const model::ContactLine& line, const Placement& at, int parent,
                               double gap, const std::string& file) {
  const TextStyle text = line.part == model::ContactPart::phone
                             ? TextStyle{style_.phone, true}
                             : TextStyle{style_.body, line.strong()};
  const int p = flow_.structure.add(Role::p, parent);
  if (!line.lang.empty()) flow_.structure.set_lang(p, line.lang.tag);  // the clinic's name …
  const model::Inlines runs{model::Run{line.kind(), line.field.text, "", false, line.field.at}};
  const std::size_t first = flow_.lines.size();
  emit(text_lines(runs, p, text, at.width, file), at, text.size, gap, Keep::together);
  if (gap == 0) flow_.lines[first].break_before = false;  // glued to the line above
}

// The plan's groups: the clinic-wide details, then each office, a line per part.
void FlowBuilder::contact(const model::Contact& contact) {
  const std::string& file = contact.clinic.file;
  const int sect = flow_.structure.add(Role::sect, 0);
  const std::size_t heading_line = flow_.lines.size();
  anchor_override_ = TextAnchor{&contact, 0};
  contact_heading(contact, sect);
  const Placement at = inside_box(BoxFrame::plain);
  for (const model::ContactGroup& group : plan_.contact.groups) {
    if (group.office >= 0) {
      anchor_override_ = TextAnchor{&contact, 1 + static_cast<std::size_t>(group.office)};
      contact_continued(contact, sect, at);  // the only place the block may break
    }
    double gap = style_.block_gap;
    for (const model::ContactLine& line : group.lines) {
      contact_line(line, at, sect, gap, file);
      gap = 0;
    }
  }
  anchor_override_.reset();
  // Whole on one page when it fits: the places between offices are last resorts.
  for (std::size_t i = heading_line + 1; i < flow_.lines.size(); ++i)
    flow_.lines[i].last_resort = flow_.lines[i].break_before;
}

// "How to reach us" in the handout's language: a heading in the outline and the tag tree,
// like a section's, matching the recording's chapter.
void FlowBuilder::contact_heading(const model::Contact& contact, int sect) {
  const int heading = flow_.structure.add(Role::h2, sect);
  const double size = style_.heading_size(1);
  const std::string& title = plan_.contact.title;
  const model::Inlines runs{model::Run{model::RunKind::text, title, "", false, contact.at}};
  const std::size_t first = flow_.lines.size();
  emit(text_lines(runs, heading, {size, true}, style_.content_width(), handout_.file), full_width(),
       size, style_.heading_gap, Keep::together);
  flow_.lines[first].outline = static_cast<int>(flow_.outline.size());
  flow_.outline.push_back({title, 1});
  flow_.lines.back().keep_with_next = true;
}

// "How to reach us (continued)", printed only when a page starts with it (before an office,
// where the block splits when it is taller than a page). It is tagged P, not a heading, in the
// block's Sect: a screen reader reads it where it is printed, so a listener following the
// paper hears where the block continues, while the outline and heading navigation list the
// block once. Where it is not printed, its element has no content and is left out of the tree.
void FlowBuilder::contact_continued(const model::Contact& contact, int sect, const Placement& at) {
  const int p = flow_.structure.add(Role::p, sect);
  const double size = style_.heading_size(1);
  const model::Inlines runs{model::Run{
      model::RunKind::text, std::string(terms_.contact_continued()), "", false, contact.at}};
  const std::size_t first = flow_.lines.size();
  emit(text_lines(runs, p, {size, true}, at.width, handout_.file), at, size, 0, Keep::together);
  for (std::size_t i = first; i < flow_.lines.size(); ++i) flow_.lines[i].only_at_page_top = true;
  flow_.lines.back().keep_with_next = true;  // the office after it may not start a page
}

}  // namespace handout::print
