#include "lang/hours.h"

#include <unicode/dtfmtsym.h>
#include <unicode/dtptngen.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <utility>

#include "lang/format.h"
#include "lang/icu_text.h"
#include "lang/terms.h"

namespace handout::lang {

namespace {

// A pattern generator loads much of a locale's data, and every format asks for the same few
// patterns again for each opening-hours line: each is made once per process.
icu::UnicodeString best_pattern(const char* skeleton, const icu::Locale& locale) {
  static std::mutex mutex;
  static std::map<std::string, icu::UnicodeString, std::less<>> patterns;
  const std::string key = std::string(locale.getName()) + ' ' + skeleton;
  const std::lock_guard lock(mutex);
  if (const auto known = patterns.find(key); known != patterns.end()) return known->second;
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<icu::DateTimePatternGenerator> generator(
      icu::DateTimePatternGenerator::createInstance(locale, status));
  require(status, "a time pattern");
  icu::UnicodeString pattern = generator->getBestPattern(icu::UnicodeString(skeleton), status);
  require(status, "a time pattern");
  return patterns.emplace(key, pattern).first->second;
}

// The weekdays' standalone names, Monday first, once per locale.
const std::vector<std::string>& weekday_names(const model::LanguageTag& tag) {
  static std::mutex mutex;
  static std::map<std::string, std::vector<std::string>, std::less<>> names;
  const icu::Locale locale = locale_of(tag);
  const std::lock_guard lock(mutex);
  if (const auto known = names.find(locale.getName()); known != names.end()) return known->second;
  UErrorCode status = U_ZERO_ERROR;
  const icu::DateFormatSymbols symbols(locale, status);
  require(status, "weekday names");
  int32_t count = 0;
  const icu::UnicodeString* days =
      symbols.getWeekdays(count, icu::DateFormatSymbols::STANDALONE, icu::DateFormatSymbols::WIDE);
  // ICU counts from Sunday at index 1.
  if (count < 8) throw std::logic_error("ICU has fewer than seven weekdays");
  std::vector<std::string> week;
  for (int day = 0; day < 7; ++day) week.push_back(to_utf8(days[day == 6 ? 1 : day + 2]));
  return names.emplace(locale.getName(), std::move(week)).first->second;
}

// ICU separates "7:30" and "AM" by a narrow no-break space, which not every font has.
std::string plain_spaces(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const bool narrow = text.substr(i, 3) == "\u202F";
    const bool no_break = text.substr(i, 2) == "\u00A0";
    out += narrow || no_break ? ' ' : text[i];
    i += narrow ? 3 : no_break ? 2 : 1;
  }
  return out;
}

std::string days(const model::HoursRule& rule, const Terms& terms) {
  const model::LanguageTag& tag = terms.tag();
  if (rule.first_day == rule.last_day) return weekday_name(rule.first_day, tag);
  return terms.day_range(weekday_name(rule.first_day, tag), weekday_name(rule.last_day, tag));
}

std::string times(const model::HoursRule& rule, const Terms& terms) {
  switch (rule.kind) {
    case model::HoursKind::closed:
      return std::string(terms.closed());
    case model::HoursKind::by_appointment:
      return std::string(terms.by_appointment());
    case model::HoursKind::open:
      break;
  }
  return terms.time_range(time_of_day(rule.from, terms.tag()), time_of_day(rule.to, terms.tag()));
}

bool same_days(const model::HoursRule& a, const model::HoursRule& b) {
  return a.first_day == b.first_day && a.last_day == b.last_day;
}

}  // namespace

std::string time_of_day(int minutes, const model::LanguageTag& tag) {
  const icu::Locale locale = locale_of(tag);
  // A date format loads the locale's calendar and symbols, and each format (the PDF, its
  // check, the audio) asks for the same few times: each is worded once per process.
  static std::mutex mutex;
  static std::map<std::pair<std::string, int>, std::string, std::less<>> worded;
  std::pair<std::string, int> key{locale.getName(), minutes};
  {
    const std::lock_guard lock(mutex);
    if (const auto known = worded.find(key); known != worded.end()) return known->second;
  }
  // On the hour, a 12-hour clock leaves out ":00" ("6 PM"); a 24-hour clock keeps it.
  icu::UnicodeString pattern = best_pattern("j", locale);
  const bool twelve_hour = pattern.indexOf(u'a') >= 0 || pattern.indexOf(u'h') >= 0;
  if (minutes % 60 != 0 || !twelve_hour) pattern = best_pattern("jmm", locale);
  UErrorCode status = U_ZERO_ERROR;
  icu::SimpleDateFormat format(pattern, locale, status);
  require(status, "a time format");
  format.setTimeZone(*icu::TimeZone::getGMT());
  icu::UnicodeString out;
  format.format(static_cast<UDate>(minutes) * 60'000.0, out);
  std::string text = plain_spaces(to_utf8(out));
  const std::lock_guard lock(mutex);
  return worded.emplace(std::move(key), std::move(text)).first->second;
}

std::string weekday_name(int day, const model::LanguageTag& tag) {
  // The model counts from Monday at 0.
  if (day < 0 || day > 6) throw std::logic_error("weekday out of range");
  return weekday_names(tag)[static_cast<std::size_t>(day)];
}

std::vector<std::string> hours_lines(const model::Hours& hours, const model::LanguageTag& tag) {
  const Terms terms(tag);
  std::vector<std::string> lines;
  std::vector<bool> done(hours.size(), false);
  for (std::size_t i = 0; i < hours.size(); ++i) {
    if (done[i]) continue;
    std::vector<std::string> ranges;
    for (std::size_t j = i; j < hours.size(); ++j) {
      if (done[j] || !same_days(hours[i], hours[j])) continue;
      ranges.push_back(times(hours[j], terms));
      done[j] = true;
    }
    lines.push_back(terms.hours_line(days(hours[i], terms), join_list(ranges, tag)));
  }
  return lines;
}

}  // namespace handout::lang
