#include "lang/language.h"

#include <unicode/locid.h>

namespace handout::lang {

Language language_of(std::string_view bcp47) {
  return language_of(model::LanguageTag{std::string(bcp47), {}});
}

Language language_of(const model::LanguageTag& tag) {
  return tag.primary() == "es" ? Language::spanish : Language::english;
}

std::string language_subtag(std::string_view bcp47) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale = icu::Locale::forLanguageTag(
      icu::StringPiece(bcp47.data(), static_cast<int32_t>(bcp47.size())), status);
  if (U_FAILURE(status) || locale.isBogus()) return "";
  icu::Locale canonical = icu::Locale::createCanonical(locale.getName());
  return canonical.isBogus() ? locale.getLanguage() : canonical.getLanguage();
}

bool same_language(std::string_view a, std::string_view b) {
  const std::string language = language_subtag(a);
  return !language.empty() && language == language_subtag(b);
}

std::string_view iso639_2(std::string_view bcp47) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale = icu::Locale::forLanguageTag(
      icu::StringPiece(bcp47.data(), static_cast<int32_t>(bcp47.size())), status);
  // ICU returns a pointer to its own static table, so the view outlives the locale.
  const char* code = U_SUCCESS(status) ? locale.getISO3Language() : "";
  return code && *code ? std::string_view(code) : std::string_view("und");
}

}  // namespace handout::lang
