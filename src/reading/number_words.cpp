#include "reading/number_words.h"

#include <unicode/dtfmtsym.h>
#include <unicode/rbnf.h>

#include <memory>

namespace handout::reading {

namespace {

const char* locale_name(Language language) {
  return lang::language_code(language);
}

const icu::RuleBasedNumberFormat* formatter(Language language) {
  thread_local std::unique_ptr<icu::RuleBasedNumberFormat> formats[2];
  auto& format = formats[language == Language::spanish ? 1 : 0];
  if (!format) {
    UErrorCode status = U_ZERO_ERROR;
    format = std::make_unique<icu::RuleBasedNumberFormat>(
        icu::URBNF_SPELLOUT, icu::Locale(locale_name(language)), status);
    if (U_FAILURE(status)) format.reset();
  }
  return format.get();
}

std::string spell(std::int64_t number, Language language, const char* rule_set) {
  const icu::RuleBasedNumberFormat* format = formatter(language);
  if (!format) return std::to_string(number);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString words;
  icu::FieldPosition position;
  format->format(number, icu::UnicodeString(rule_set, -1, US_INV), words, position, status);
  if (U_FAILURE(status)) return std::to_string(number);
  // ICU's Spanish rules put a soft hyphen in some words ("dos\u00ADcientas"): not a sound.
  words.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x00AD)), icu::UnicodeString());
  std::string out;
  words.toUTF8String(out);
  return out;
}

}  // namespace

std::string cardinal_words(std::int64_t number, Language language, Gender gender) {
  if (language != Language::spanish) return spell(number, language, "%spellout-cardinal");
  return spell(
      number, language,
      gender == Gender::feminine ? "%spellout-cardinal-feminine" : "%spellout-cardinal-masculine");
}

std::string ordinal_words(std::int64_t number, Language language, Gender gender, bool before_noun) {
  if (language != Language::spanish) return spell(number, language, "%spellout-ordinal");
  if (gender == Gender::feminine) return spell(number, language, "%spellout-ordinal-feminine");
  return spell(
      number, language,
      before_noun ? "%spellout-ordinal-masculine-adjective" : "%spellout-ordinal-masculine");
}

std::string month_name(int month, Language language) {
  if (month < 1 || month > 12) return std::to_string(month);
  UErrorCode status = U_ZERO_ERROR;
  const icu::DateFormatSymbols symbols(icu::Locale(locale_name(language)), status);
  if (U_FAILURE(status)) return std::to_string(month);
  std::int32_t count = 0;
  const icu::UnicodeString* names =
      symbols.getMonths(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
  if (month > count) return std::to_string(month);
  std::string out;
  names[month - 1].toUTF8String(out);
  return out;
}

}  // namespace handout::reading
