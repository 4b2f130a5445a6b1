#include "model/plan.h"

#include <stdexcept>
#include <string_view>

namespace handout::model {

namespace {

// The closing reads the title as a sentence.
std::string as_sentence(std::string text) {
  if (text.empty() || std::string_view(".?!").find(text.back()) == std::string_view::npos)
    text += '.';
  return text;
}

std::optional<Byline> byline(const Handout& handout, const UnitIndex& units,
                             const PlanWords& words) {
  const Unit* unit = units.byline();
  if (!unit) return std::nullopt;
  Byline out{unit->id, words.by, {}, words.conjunction};
  for (const Author& author : handout.authors) out.authors.push_back(&author);
  return out;
}

std::vector<SpokenSentence> contents(const Handout& handout, const PlanWords& words) {
  const std::vector<const Block*> parts = listed_parts(handout);
  if (parts.size() > max_listed_parts) {
    const std::string many = words.many_parts(parts.size());
    return {{contents_sentence_id(1), many, many, nullptr, nullptr}};
  }
  const std::string count = words.parts(parts.size());
  std::vector<SpokenSentence> out{{contents_sentence_id(1), count, count, nullptr, nullptr}};
  for (const Block* part : parts) {
    const std::string id = contents_sentence_id(out.size() + 1);
    if (const auto* section = std::get_if<Section>(part))
      out.push_back({id, plain_text(section->heading), "", &section->heading, part});
    else if (const auto* exercise = std::get_if<Exercise>(part))
      out.push_back({id, plain_text(exercise->name), "", &exercise->name, part});
    else
      out.push_back({id, words.contact_title, words.contact_title, nullptr, part});
  }
  return out;
}

// The clinic's language for texts written in it (names, addresses), when the page is in
// another: a French clinic's street in an English handout. Empty when they share a language.
LanguageTag clinic_text_language(const Clinic& clinic, const LanguageTag& page) {
  const LanguageTag own{clinic.lang, {}};
  if (own.empty() || own.primary() == page.primary()) return {};
  return own;
}

ContactGroup office_group(const Office& office, const std::string& sentence, const PlanWords& words,
                          int index, const LanguageTag& clinic_language) {
  ContactGroup group{index, sentence, {}};
  const auto add = [&](ContactPart part, const Field& field) {
    group.lines.push_back({part, field});
  };
  if (office.name) add(ContactPart::office_name, *office.name);
  for (const Field& line : office.address) {
    add(ContactPart::address, line);
    group.lines.back().lang = clinic_language;
  }
  if (office.phone) add(ContactPart::phone, *office.phone);
  const std::vector<std::string> hours = words.hours_lines(office.hours);
  for (std::size_t i = 0; i < hours.size(); ++i)
    add(ContactPart::hours, {hours[i], office.hours[i].at});
  if (office.note) add(ContactPart::note, *office.note);
  return group;
}

ContactPlan contact(const Handout& handout, const UnitIndex& units, const PlanWords& words) {
  for (const Block& block : handout.body)
    if (const auto* c = std::get_if<Contact>(&block))
      return contact_plan(*c, units.of(*c).id, words, handout.lang);
  return {};
}

}  // namespace

ContactPlan contact_plan(const Contact& contact, std::string unit, const PlanWords& words,
                         const LanguageTag& language) {
  ContactPlan out;
  out.block = &contact;
  out.unit = std::move(unit);
  out.title = words.contact_title;
  const Clinic& clinic = out.block->clinic;
  ContactGroup details{-1, contact_sentence_id(out.unit, -1), {}};
  const LanguageTag clinic_language = clinic_text_language(clinic, language);
  details.lines.push_back({ContactPart::clinic_name, clinic.name});
  details.lines.back().lang = clinic_language;
  if (clinic.phone) details.lines.push_back({ContactPart::phone, *clinic.phone});
  if (clinic.fax)
    details.lines.push_back(
        {ContactPart::fax, {words.fax + ' ' + clinic.fax->text, clinic.fax->at}, clinic.fax->text});
  if (clinic.email) details.lines.push_back({ContactPart::email, *clinic.email});
  if (clinic.web) details.lines.push_back({ContactPart::web, *clinic.web});
  out.groups.push_back(std::move(details));
  for (std::size_t k = 0; k < clinic.offices.size(); ++k) {
    const int index = static_cast<int>(k);
    out.groups.push_back(office_group(clinic.offices[k], contact_sentence_id(out.unit, index),
                                      words, index, clinic_language));
  }
  return out;
}

namespace {

std::optional<Availability> availability(const Handout& handout, const PlanWords& words) {
  if (!words.available) return std::nullopt;
  Inlines runs = words.available(published_page(handout));
  for (Run& run : runs) run.at = handout.at;  // the tool's words: the handout is their source
  return Availability{{}, std::make_shared<const Inlines>(std::move(runs))};
}

// The closing: the revision date, where to get the other formats, the end and the thanks.
std::vector<SpokenSentence> closing(const Handout& handout, const PlanWords& words,
                                    std::optional<Availability>& available) {
  std::vector<SpokenSentence> out;
  const auto add = [&](std::string text, std::string spoken, const Inlines* title) {
    out.push_back(
        {closing_sentence_id(out.size() + 1), std::move(text), std::move(spoken), title, nullptr});
  };
  if (handout.revised) {
    const std::string revised = words.revised(*handout.revised);
    add(revised, revised, nullptr);
  }
  if (available) {
    // Read as text is, so that its address is read as one.
    add(available->text(), "", available->runs.get());
    available->sentence = out.back().id;
  }
  add(words.closing + ' ' + as_sentence(plain_text(handout.title)), words.closing, &handout.title);
  add(words.thanks, words.thanks, nullptr);
  return out;
}

}  // namespace

std::string Byline::text() const {
  std::string out = by;
  for (std::size_t k = 0; k < authors.size(); ++k)
    out += (k == 0                 ? " "
            : after_conjunction(k) ? " " + conjunction + " "
                                   : ", ") +
           authors[k]->name;
  return out;
}

RunKind ContactLine::kind() const {
  switch (part) {
    case ContactPart::phone:
      return RunKind::phone;
    case ContactPart::email:
      return RunKind::email;
    case ContactPart::web:
      return RunKind::web;
    default:
      return RunKind::text;
  }
}

bool ContactLine::strong() const {
  return part == ContactPart::clinic_name || part == ContactPart::office_name ||
         part == ContactPart::phone;
}

const DoseWords& Plan::dose(const Dose& dose) const {
  for (const DoseWords& words : doses)
    if (words.dose == &dose) return words;
  throw std::out_of_range("a dose of another handout");
}

const TableWords& Plan::table(const Table& table) const {
  for (const TableWords& words : tables)
    if (words.table == &table) return words;
  throw std::out_of_range("a table of another handout");
}

const ChecklistWords& Plan::checklist(const Checklist& checklist) const {
  for (const ChecklistWords& words : checklists)
    if (words.checklist == &checklist) return words;
  throw std::out_of_range("a checklist of another handout");
}

namespace {

void add_block_words(Plan& plan, const Unit& unit, const PlanWords& words) {
  if (unit.kind == UnitKind::dose) {
    const Dose& dose = std::get<Dose>(*unit.block);
    plan.doses.push_back({&dose, unit.id, words.dose_line(dose), words.dose_sentence(dose)});
  } else if (unit.kind == UnitKind::table) {
    const Table& table = std::get<Table>(*unit.block);
    plan.tables.push_back({&table, unit.id, words.table_intro(table.rows.size()), {}});
  } else if (unit.kind == UnitKind::row) {
    plan.tables.back().rows.push_back(unit.id);
  } else if (unit.kind == UnitKind::checklist) {
    const Checklist& checklist = std::get<Checklist>(*unit.block);
    plan.checklists.push_back({&checklist, unit.id, words.checklist_intro(checklist.items.size())});
  }
}

}  // namespace

Plan make_plan(const Handout& handout, const PlanWords& words) {
  const UnitIndex units(handout);
  Plan plan;
  plan.units = units.units();
  plan.byline = byline(handout, units, words);
  plan.contents = contents(handout, words);
  plan.contact = contact(handout, units, words);
  plan.available = availability(handout, words);
  plan.closing = closing(handout, words, plan.available);
  if (handout.revised && words.revised_shown) plan.revised = words.revised_shown(*handout.revised);
  for (const Unit& unit : plan.units) add_block_words(plan, unit, words);
  for (NoteKind kind : {NoteKind::important, NoteKind::emergency, NoteKind::warning, NoteKind::tip})
    plan.note_labels.push_back(words.note_label(kind));
  plan.picture = words.picture;
  plan.not_done = words.not_done;
  plan.done = words.done;
  plan.ticked = words.ticked;
  return plan;
}

std::int64_t dated_at(const Handout& handout, std::int64_t fallback_epoch) {
  return handout.revised ? days_since_epoch(*handout.revised) * 86'400 : fallback_epoch;
}

}  // namespace handout::model
