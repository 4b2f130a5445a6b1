#include "reading/language.h"

#include "lang/format.h"
#include "lang/phone_numbers.h"

namespace handout::reading {

Dialect dialect_of(std::string_view bcp47) {
  return dialect_of(bcp47, {});
}

Dialect dialect_of(std::string_view bcp47, std::string_view clinic_bcp47) {
  const model::LanguageTag tag{std::string(bcp47), {}};
  return Dialect{language_of(tag), !lang::month_before_day(tag),
                 lang::phone_countries(bcp47, clinic_bcp47)};
}

std::string clinic_language(const model::Handout& handout) {
  const model::Clinic* clinic = model::clinic_of(handout);
  return clinic ? clinic->lang : std::string();
}

std::vector<std::string> dialled_countries(const Dialect& dialect) {
  if (!dialect.phone_countries.empty()) return dialect.phone_countries;
  std::string likely = lang::phone_country(lang::language_code(dialect.language));
  if (likely.empty()) return {};
  return {std::move(likely)};
}

}  // namespace handout::reading
