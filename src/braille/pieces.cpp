#include "braille/pieces.h"

#include <algorithm>

#include "lang/hours.h"

namespace handout::braille {

namespace {

model::Inlines field_runs(const model::Field& field, model::RunKind kind) {
  return {model::Run{kind, field.text, "", false, field.at}};
}

class PieceList {
 public:
  PieceList(const model::Handout& handout, const lang::Terms& terms)
      : handout_(handout), terms_(terms) {}

  std::vector<Piece> take() && { return std::move(out_); }

  // The contact details come last in braille, under their heading, wherever <contact/> puts
  // them in print: a braille reader finds them at the end of the volume without searching.
  void contact_last() {
    if (contact_) contact(*contact_);
  }

  void add(Role role, model::Inlines runs, int level = 0) {
    out_.push_back({role, std::move(runs), handout_.file, level});
  }

  void blocks(const std::vector<model::Block>& blocks) {
    for (const model::Block& block : blocks) std::visit([this](const auto& b) { one(b); }, block);
  }

 private:
  void one(const model::Paragraph& p) { add(Role::paragraph, p.content); }
  void one(const model::List& list) {
    for (const model::Item& item : list.items) add(Role::bullet_item, item.content);
  }
  void one(const model::Steps& steps) {
    int number = 0;
    for (const model::Item& item : steps.items) add(Role::step, item.content, ++number);
  }
  void one(const model::Note& note) { add(Role::note, note.content); }
  void one(const model::Section& section) {
    add(Role::heading, section.heading, std::clamp(section.depth, 1, model::max_section_depth));
    blocks(section.blocks);
  }
  void one(const model::Contact& contact) { contact_ = &contact; }
  void contact(const model::Contact& contact);
  void clinic_line(const model::Field& field, model::RunKind kind, Role role = Role::contact_line) {
    out_.push_back({role, field_runs(field, kind), file_, 0});
  }

  const model::Handout& handout_;
  const lang::Terms& terms_;
  std::string file_;
  std::vector<Piece> out_;
  const model::Contact* contact_ = nullptr;
};

void PieceList::contact(const model::Contact& contact) {
  const std::string title(terms_.contact_title());
  add(Role::contact_heading, {model::Run{model::RunKind::text, title, "", false, contact.at}});
  const model::Clinic& clinic = contact.clinic;
  file_ = clinic.file;
  using Kind = model::RunKind;
  clinic_line(clinic.name, Kind::text);
  if (clinic.phone) clinic_line(*clinic.phone, Kind::phone);
  if (clinic.email) clinic_line(*clinic.email, Kind::email);
  if (clinic.web) clinic_line(*clinic.web, Kind::web);
  for (const model::Office& office : clinic.offices) {
    if (office.name) clinic_line(*office.name, Kind::text, Role::office_name);
    for (const model::Field& line : office.address) clinic_line(line, Kind::text);
    if (office.phone) clinic_line(*office.phone, Kind::phone);
    const std::vector<std::string> hours = lang::hours_lines(office.hours, handout_.lang);
    for (std::size_t i = 0; i < hours.size(); ++i)
      clinic_line({hours[i], office.hours[i].at}, Kind::text);
    if (office.note) clinic_line(*office.note, Kind::text);
  }
}

}  // namespace

std::vector<Piece> pieces(const model::Handout& handout, const lang::Terms& terms) {
  PieceList list(handout, terms);
  list.add(Role::title, handout.title);
  if (handout.subtitle) list.add(Role::subtitle, *handout.subtitle);
  for (const model::Author& author : handout.authors)
    list.add(Role::author, {model::Run{model::RunKind::text, author.name, "", false, author.at}});
  list.blocks(handout.body);
  list.contact_last();
  return std::move(list).take();
}

}  // namespace handout::braille
