#include "daisy/metadata.h"

#include "model/name_uuid.h"
#include "model/plan.h"

namespace handout::daisy {

namespace {

std::string clinic_name(const model::Handout& handout) {
  const model::Clinic* clinic = model::clinic_of(handout);
  return clinic ? clinic->name.text : std::string();
}

}  // namespace

std::string book_date(const model::Handout& handout, std::int64_t fallback_epoch) {
  return model::iso_text(model::civil_time(model::dated_at(handout, fallback_epoch)).date);
}

std::string book_identifier(const model::Handout& handout) {
  return model::name_uuid("talking book\n" + clinic_name(handout) + '\n' + handout.id);
}

Metadata book_metadata(const model::Handout& handout, std::int64_t fallback_epoch) {
  Metadata m;
  m.title = model::plain_text(handout.title);
  for (const model::Author& author : handout.authors) m.creators.push_back(author.name);
  if (m.creators.empty()) m.creators.push_back(clinic_name(handout));
  m.date = book_date(handout, fallback_epoch);
  m.identifier = book_identifier(handout);
  m.language = handout.lang.tag;
  m.publisher = clinic_name(handout);
  m.generator = generator;
  return m;
}

}  // namespace handout::daisy
