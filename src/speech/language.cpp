#include "speech/language.h"

#include "lang/format.h"
#include "lang/phone_numbers.h"

namespace handout::speech {

Dialect dialect_of(std::string_view bcp47) {
  const model::LanguageTag tag{std::string(bcp47), {}};
  return Dialect{language_of(tag), !lang::month_before_day(tag), lang::tag_country(bcp47), {}};
}

Dialect dialect_of(std::string_view bcp47, std::string_view clinic_bcp47) {
  Dialect dialect = dialect_of(bcp47);
  if (!clinic_bcp47.empty()) dialect.clinic_region = lang::phone_country(clinic_bcp47);
  return dialect;
}

std::string clinic_language(const model::Handout& handout) {
  const model::Clinic* clinic = model::clinic_of(handout);
  return clinic ? clinic->lang : std::string();
}

std::string region_of(const Dialect& dialect) {
  if (!dialect.region.empty()) return dialect.region;
  return lang::phone_country(dialect.language == Language::spanish ? "es" : "en");
}

}  // namespace handout::speech
