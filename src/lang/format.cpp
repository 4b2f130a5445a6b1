#include "lang/format.h"

#include <unicode/datefmt.h>
#include <unicode/listformatter.h>
#include <unicode/rbnf.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <memory>
#include <stdexcept>

#include "lang/icu_text.h"

namespace handout::lang {

namespace {

// `rule_sets` are tried in order; with `required`, one of them must exist in the language.
std::string spell(std::int64_t number, const model::LanguageTag& tag,
                  std::initializer_list<const char*> rule_sets, bool required) {
  UErrorCode status = U_ZERO_ERROR;
  icu::RuleBasedNumberFormat format(icu::URBNF_SPELLOUT, locale_of(tag), status);
  require(status, "spelling out a number");
  bool chosen = false;
  for (const char* rule_set : rule_sets) {
    UErrorCode set_status = U_ZERO_ERROR;
    format.setDefaultRuleSet(to_unicode(rule_set), set_status);
    if ((chosen = U_SUCCESS(set_status))) break;
  }
  if (required && !chosen)
    throw std::invalid_argument("ICU has none of the requested number rules for " + tag.tag);
  icu::UnicodeString out;
  format.format(static_cast<int64_t>(number), out);
  return lang::to_utf8(out);
}

}  // namespace

std::string long_date(const model::Date& date, const model::LanguageTag& tag) {
  const std::unique_ptr<icu::DateFormat> format(
      icu::DateFormat::createDateInstance(icu::DateFormat::kLong, locale_of(tag)));
  if (!format) throw std::runtime_error("ICU has no date format for " + tag.tag);
  // The date is a calendar date, not an instant: format midnight in UTC as UTC.
  format->setTimeZone(*icu::TimeZone::getGMT());
  const UDate millis = static_cast<UDate>(model::days_since_epoch(date)) * 86'400'000.0;
  icu::UnicodeString out;
  format->format(millis, out);
  return lang::to_utf8(out);
}

bool month_before_day(const model::LanguageTag& tag) {
  const std::unique_ptr<icu::DateFormat> format(
      icu::DateFormat::createDateInstance(icu::DateFormat::kShort, locale_of(tag)));
  const auto* simple = dynamic_cast<const icu::SimpleDateFormat*>(format.get());
  if (!simple) return false;
  icu::UnicodeString pattern;
  simple->toPattern(pattern);
  const int32_t month = pattern.indexOf(u'M');
  const int32_t day = pattern.indexOf(u'd');
  return month >= 0 && day >= 0 && month < day;
}

std::string spell_out(std::int64_t number, const model::LanguageTag& tag) {
  return spell(number, tag, {"%spellout-numbering", "%spellout-cardinal"}, false);
}

std::string spell_out_ordinal(std::int64_t number, const model::LanguageTag& tag,
                              std::string_view rule_set) {
  const std::string chosen(rule_set);
  if (!chosen.empty()) return spell(number, tag, {chosen.c_str()}, true);
  return spell(number, tag, {"%spellout-ordinal", "%spellout-ordinal-masculine"}, true);
}

std::string join_list(const std::vector<std::string>& parts, const model::LanguageTag& tag) {
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<icu::ListFormatter> list(
      icu::ListFormatter::createInstance(locale_of(tag), status));
  require(status, "a list");
  std::vector<icu::UnicodeString> items;
  for (const std::string& part : parts) items.push_back(to_unicode(part));
  icu::UnicodeString out;
  list->format(items.data(), static_cast<int32_t>(items.size()), out, status);
  require(status, "a list");
  return to_utf8(out);
}

}  // namespace handout::lang
