// The clinic's contact block: boxed, the name bold, phone numbers bold and large, each office
// with its address and hours. A page may end only between the clinic's lines and an office.
#include "lang/hours.h"
#include "print/flow_builder.h"

namespace handout::print {

void FlowBuilder::contact_line(const model::Field& field, model::RunKind kind, TextStyle text,
                               const Placement& at, int parent, double gap,
                               const std::string& file) {
  const int p = flow_.structure.add(Role::p, parent);
  const model::Inlines runs{model::Run{kind, field.text, "", false, field.at}};
  const std::size_t first = flow_.lines.size();
  emit(text_lines(runs, p, text, at.width, file), at, text.size, gap, Keep::together);
  if (gap == 0) flow_.lines[first].break_before = false;  // glued to the line above
}

void FlowBuilder::contact(const model::Contact& contact) {
  const model::Clinic& clinic = contact.clinic;
  const std::string& file = clinic.file;
  const int sect = flow_.structure.add(Role::sect, 0);
  const Placement at = inside_box();
  const TextStyle name{style_.body, true}, plain{style_.body, false}, phone{style_.phone, true};
  using Kind = model::RunKind;
  contact_line(clinic.name, Kind::text, name, at, sect, style_.block_gap, file);
  if (clinic.phone) contact_line(*clinic.phone, Kind::phone, phone, at, sect, 0, file);
  if (clinic.email) contact_line(*clinic.email, Kind::email, plain, at, sect, 0, file);
  if (clinic.web) contact_line(*clinic.web, Kind::web, plain, at, sect, 0, file);
  for (const model::Office& office : clinic.offices) {
    double gap = style_.block_gap;
    const auto line = [&](const model::Field& field, Kind kind, TextStyle text) {
      contact_line(field, kind, text, at, sect, gap, file);
      gap = 0;
    };
    if (office.name) line(*office.name, Kind::text, name);
    for (const model::Field& address : office.address) line(address, Kind::text, plain);
    if (office.phone) line(*office.phone, Kind::phone, phone);
    const std::vector<std::string> hours = lang::hours_lines(office.hours, handout_.lang);
    for (std::size_t i = 0; i < hours.size(); ++i)
      line({hours[i], office.hours[i].at}, Kind::text, plain);
    if (office.note) line(*office.note, Kind::text, plain);
  }
}

}  // namespace handout::print
