#include "speech/language.h"

#include <unicode/locid.h>

#include <cctype>

#include "lang/format.h"

namespace handout::speech {

namespace {

// A country code libphonenumber knows: two letters ("419", Latin America, is no country).
bool is_country(std::string_view region) {
  return region.size() == 2 && std::isupper(static_cast<unsigned char>(region[0])) &&
         std::isupper(static_cast<unsigned char>(region[1]));
}

std::string likely_country(const icu::Locale& locale) {
  icu::Locale likely(locale);
  UErrorCode status = U_ZERO_ERROR;
  likely.addLikelySubtags(status);
  return U_SUCCESS(status) && is_country(likely.getCountry()) ? likely.getCountry() : "";
}

}  // namespace

Dialect dialect_of(std::string_view bcp47) {
  const model::LanguageTag tag{std::string(bcp47), {}};
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale = icu::Locale::forLanguageTag(std::string(bcp47), status);
  std::string region =
      U_SUCCESS(status) && is_country(locale.getCountry()) ? locale.getCountry() : "";
  return Dialect{language_of(tag), !lang::month_before_day(tag), region, {}};
}

Dialect dialect_of(std::string_view bcp47, std::string_view clinic_bcp47) {
  Dialect dialect = dialect_of(bcp47);
  if (!clinic_bcp47.empty()) dialect.clinic_region = region_of(clinic_bcp47);
  return dialect;
}

std::string clinic_language(const model::Handout& handout) {
  const model::Clinic* clinic = model::clinic_of(handout);
  return clinic ? clinic->lang : std::string();
}

std::string region_of(std::string_view bcp47) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale = icu::Locale::forLanguageTag(std::string(bcp47), status);
  if (U_FAILURE(status)) return "";
  if (is_country(locale.getCountry())) return locale.getCountry();
  // No country in the tag, or a region that is none: the language's own.
  return likely_country(icu::Locale(locale.getLanguage()));
}

std::string region_of(const Dialect& dialect) {
  if (!dialect.region.empty()) return dialect.region;
  return region_of(dialect.language == Language::spanish ? "es" : "en");
}

}  // namespace handout::speech
