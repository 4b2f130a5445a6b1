#include "lang/message.h"

#include <unicode/msgfmt.h>

#include <stdexcept>
#include <vector>

#include "lang/icu_text.h"

namespace handout::lang {

std::string format(std::string_view pattern, const model::LanguageTag& tag,
                   std::initializer_list<Argument> arguments) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::MessageFormat message(to_unicode(pattern), locale_of(tag), status);
  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> values;
  for (const Argument& argument : arguments) {
    names.emplace_back(argument.name);
    values.push_back(argument.value);
  }
  icu::UnicodeString out;
  message.format(names.data(), values.data(), static_cast<int32_t>(values.size()), out, status);
  if (U_FAILURE(status))
    throw std::logic_error("term pattern '" + std::string(pattern) + "': " + u_errorName(status));
  return lang::to_utf8(out);
}

icu::Formattable text(std::string_view utf8) {
  return icu::Formattable(to_unicode(utf8));
}

icu::Formattable number(std::size_t n) {
  return icu::Formattable(static_cast<int64_t>(n));
}

}  // namespace handout::lang
