#include "braille/pieces.h"

#include <algorithm>

#include "braille/braille_text.h"
#include "lang/plan_words.h"
#include "model/diagnostic.h"

namespace handout::braille {

namespace {

class PieceList {
 public:
  PieceList(const model::Handout& handout, const lang::Terms& terms)
      : handout_(handout), plan_(model::make_plan(handout, lang::plan_words(terms))) {}

  std::vector<Piece> take() && { return std::move(out_); }

  // The contact details come last in braille, under their heading, wherever <contact/> puts
  // them in print: a braille reader finds them at the end of the volume without searching.
  void contact_last() {
    if (contact_) contact();
  }

  void authors() {
    if (!plan_.byline) return;
    for (const model::Author* author : plan_.byline->authors)
      add(Role::author, {model::Run{model::RunKind::text, author->name, "", false, author->at}});
  }

  void add(Role role, const model::Inlines& runs, int level = 0) {
    out_.push_back({role, with_addresses(runs), handout_.file, level});
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
  // A note in a box: its label, then its text or its blocks, all inside the box lines.
  void one(const model::Note& note) {
    add(Role::box_open, {words(plan_.note_label(note.kind), note.at)});
    if (note.blocks.empty())
      add(Role::paragraph, note.content);
    else
      blocks(note.blocks);
    add(Role::box_close, {});
  }
  // The description where the picture stands, as a transcriber's note that says what it is
  // ("Picture: …"), then the caption print shows under the picture.
  void one(const model::Figure& figure) {
    model::Inlines note{words(plan_.picture + ": ", figure.at)};
    note.insert(note.end(), figure.description.begin(), figure.description.end());
    add(Role::transcriber_note, note);
    if (figure.caption) add(Role::paragraph, *figure.caption);
  }
  // One heading level below its section's, so a level deeper than a section's can occur.
  void one(const model::Exercise& exercise) {
    add(Role::heading, exercise.name, std::clamp(exercise.depth, 1, model::max_section_depth + 1));
    blocks(exercise.blocks);
  }
  void one(const model::Table& table) { model::not_written_yet(table.at, "braille"); }
  void one(const model::Checklist& list) { model::not_written_yet(list.at, "braille"); }
  void one(const model::Dose& dose) {
    add(Role::paragraph, {words(dose_line(plan_.dose(dose).printed), dose.at)});
  }
  static model::Run words(std::string text, const model::Location& at) {
    return model::Run{model::RunKind::text, std::move(text), "", false, at};
  }
  void one(const model::Section& section) {
    add(Role::heading, section.heading, std::clamp(section.depth, 1, model::max_section_depth));
    blocks(section.blocks);
  }
  void one(const model::Contact& contact) { contact_ = &contact; }
  void contact();

  const model::Handout& handout_;
  model::Plan plan_;
  std::vector<Piece> out_;
  const model::Contact* contact_ = nullptr;
};

// The plan's lines, an office's name as its own heading-like line.
void PieceList::contact() {
  const model::ContactPlan& contact = plan_.contact;
  add(Role::contact_heading,
      {model::Run{model::RunKind::text, contact.title, "", false, contact_->at}});
  for (const model::ContactGroup& group : contact.groups)
    for (const model::ContactLine& line : group.lines) {
      const Role role =
          line.part == model::ContactPart::office_name ? Role::office_name : Role::contact_line;
      out_.push_back({role,
                      {model::Run{line.kind(), line.field.text, "", false, line.field.at}},
                      contact_->clinic.file,
                      0});
    }
}

}  // namespace

std::vector<Piece> pieces(const model::Handout& handout, const lang::Terms& terms) {
  PieceList list(handout, terms);
  list.add(Role::title, handout.title);
  if (handout.subtitle) list.add(Role::subtitle, *handout.subtitle);
  list.authors();
  list.blocks(handout.body);
  list.contact_last();
  return std::move(list).take();
}

}  // namespace handout::braille
