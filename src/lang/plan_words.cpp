#include "lang/plan_words.h"

#include "lang/dose_words.h"
#include "lang/hours.h"

namespace handout::lang {

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
  };
}

model::Plan plan_of(const model::Handout& handout) {
  return model::make_plan(handout, plan_words(Terms(handout.lang)));
}

}  // namespace handout::lang
