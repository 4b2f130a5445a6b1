#include "lang/language.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <array>

namespace handout::lang {

Language language_of(std::string_view bcp47) {
  return language_of(model::LanguageTag{std::string(bcp47), {}});
}

Language language_of(const model::LanguageTag& tag) {
  return written_language(tag.tag).value_or(Language::english);
}

std::optional<Language> written_language(std::string_view bcp47) {
  // The primary subtag, as language_of reads it.
  const std::string language = model::LanguageTag{std::string(bcp47), {}}.primary();
  for (const Language written : all_languages)
    if (language == language_code(written)) return written;
  return std::nullopt;
}

std::string language_name(std::string_view bcp47) {
  const std::string language = language_subtag(bcp47);
  if (language.empty()) return "";
  icu::UnicodeString name;
  icu::Locale(language.c_str()).getDisplayLanguage(icu::Locale::getEnglish(), name);
  std::string utf8;
  name.toUTF8String(utf8);
  // ICU answers with the code itself for a language it has no name for.
  return utf8 == language ? "" : utf8;
}

std::string written_languages() {
  std::string text;
  for (std::size_t i = 0; i < all_languages.size(); ++i) {
    if (i > 0) text += i + 1 == all_languages.size() ? " and " : ", ";
    const char* code = language_code(all_languages[i]);
    text += language_name(code) + " (" + code + ")";
  }
  return text;
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
