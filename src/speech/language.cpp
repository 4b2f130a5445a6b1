#include "speech/language.h"

#include "lang/format.h"

namespace handout::speech {

Dialect dialect_of(std::string_view bcp47) {
  const model::LanguageTag tag{std::string(bcp47), {}};
  return Dialect{language_of(tag), !lang::month_before_day(tag)};
}

}  // namespace handout::speech
