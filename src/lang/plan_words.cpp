#include "lang/plan_words.h"

#include "lang/dose_words.h"
#include "lang/hours.h"
#include "lang/link_uri.h"
#include "lang/read_along.h"

namespace handout::lang {

namespace {

// The line naming the other formats, with the page's address as a web run of its own: the
// words around it come from one pattern, split where the address goes, so a language may put
// the address anywhere in its sentence.
model::Inlines available(const Terms& terms, const std::optional<std::string>& page) {
  const std::string media = terms.media_list(patient_media);
  const auto words = [](std::string text) {
    return model::Run{model::RunKind::text, std::move(text), "", false, {}};
  };
  if (!page) return {words(terms.available_ask(media))};
  static constexpr std::string_view slot = "\uFFFC";  // OBJECT REPLACEMENT CHARACTER
  const std::string line = terms.available_at(media, slot);
  const std::size_t at = line.find(slot);
  model::Inlines out;
  if (at > 0) out.push_back(words(line.substr(0, at)));
  // Printed without "https://" when the address links back to the page without it, as beside
  // the PDF's QR code; a web run whose text is its address, so no format adds it again.
  const std::string short_form(short_address(*page));
  const bool same = link_uri(model::RunKind::web, short_form, {}) == *page;
  out.push_back({model::RunKind::web, same ? short_form : *page, "", false, {}});
  if (at + slot.size() < line.size()) out.push_back(words(line.substr(at + slot.size())));
  return out;
}

}  // namespace

model::PlanWords plan_words(const Terms& terms) {
  return {
      .by = std::string(terms.by()),
      .conjunction = std::string(terms.conjunction()),
      .contact_title = std::string(terms.contact_title()),
      .fax = std::string(terms.fax()),
      .parts = [terms](std::size_t count) { return terms.parts(count); },
      .many_parts = [terms](std::size_t count) { return terms.many_parts(count); },
      .revised = [terms](const model::Date& date) { return terms.revised_spoken(date); },
      .revised_shown = [terms](const model::Date& date) { return terms.revised_printed(date); },
      .closing = std::string(terms.closing()),
      .thanks = std::string(terms.thanks()),
      .hours_lines =
          [tag = terms.tag()](const model::Hours& hours) { return hours_lines(hours, tag); },
      .note_label = [terms](model::NoteKind kind) { return std::string(terms.note_label(kind)); },
      .picture = std::string(terms.picture()),
      .dose_line = [tag = terms.tag()](const model::Dose& dose) { return dose_line(dose, tag); },
      .dose_sentence =
          [tag = terms.tag()](const model::Dose& dose) { return dose_sentence(dose, tag); },
      .table_intro = [terms](std::size_t rows) { return terms.table_intro(rows); },
      .checklist_intro = [terms](std::size_t items) { return terms.checklist_intro(items); },
      .not_done = std::string(terms.check_state(false)),
      .done = std::string(terms.check_state(true)),
      .ticked = std::string(terms.ticked()),
      .available =
          [terms](const std::optional<std::string>& page) { return available(terms, page); },
  };
}

model::Plan plan_of(const model::Handout& handout) {
  return model::make_plan(handout, plan_words(Terms(handout.lang)));
}

}  // namespace handout::lang
