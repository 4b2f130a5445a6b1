#include "lang/weekdays.h"

#include <unicode/dtfmtsym.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

#include "lang/icu_text.h"

namespace handout::lang {

namespace {

// Lower case without accents: "Mié." and "mie" compare equal.
icu::UnicodeString day_key(const icu::UnicodeString& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  require(status, "weekday normalisation");
  icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString(text).foldCase(), status);
  require(status, "weekday normalisation");
  icu::UnicodeString key;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK && c != u'.') key.append(c);
    i += U16_LENGTH(c);
  }
  return key;
}

// ICU's names of the seven days in one language, as keys; index 0 is Monday.
struct DayNames {
  std::array<icu::UnicodeString, 7> full;
  std::vector<std::pair<icu::UnicodeString, int>> shortened;  // abbreviated and short forms
  std::vector<std::pair<icu::UnicodeString, int>> narrow;
  std::array<icu::UnicodeString, 12> months;                     // full
  std::vector<std::pair<icu::UnicodeString, int>> short_months;  // abbreviated
};

void add_months(const icu::DateFormatSymbols& symbols,
                icu::DateFormatSymbols::DtContextType context,
                icu::DateFormatSymbols::DtWidthType width,
                std::vector<std::pair<icu::UnicodeString, int>>& into) {
  int32_t count = 0;
  const icu::UnicodeString* names = symbols.getMonths(count, context, width);
  for (int32_t i = 0; i < count && i < 12; ++i) into.emplace_back(day_key(names[i]), i);
}

void add_names(const icu::DateFormatSymbols& symbols, icu::DateFormatSymbols::DtContextType context,
               icu::DateFormatSymbols::DtWidthType width,
               std::vector<std::pair<icu::UnicodeString, int>>& into) {
  int32_t count = 0;
  const icu::UnicodeString* names = symbols.getWeekdays(count, context, width);
  // ICU counts from Sunday at index 1.
  for (int32_t i = 1; i < count && i <= 7; ++i) into.emplace_back(day_key(names[i]), (i + 5) % 7);
}

DayNames day_names(const model::LanguageTag& tag) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::DateFormatSymbols symbols(locale_of(tag), status);
  require(status, "weekday names");
  DayNames names;
  std::vector<std::pair<icu::UnicodeString, int>> full;
  for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
    add_names(symbols, context, icu::DateFormatSymbols::WIDE, full);
    add_names(symbols, context, icu::DateFormatSymbols::ABBREVIATED, names.shortened);
    add_names(symbols, context, icu::DateFormatSymbols::SHORT, names.shortened);
    add_names(symbols, context, icu::DateFormatSymbols::NARROW, names.narrow);
  }
  for (const auto& [name, day] : full) names.full[static_cast<std::size_t>(day)] = name;
  std::vector<std::pair<icu::UnicodeString, int>> months;
  add_months(symbols, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE, months);
  for (const auto& [name, month] : months) names.months[static_cast<std::size_t>(month)] = name;
  for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE})
    add_months(symbols, context, icu::DateFormatSymbols::ABBREVIATED, names.short_months);
  return names;
}

const DayNames& names_for(const model::LanguageTag& tag) {
  static std::mutex mutex;
  static std::map<std::string, DayNames, std::less<>> cache;
  const std::lock_guard lock(mutex);
  const std::string language = tag.primary();
  auto found = cache.find(language);
  if (found == cache.end())
    found = cache.emplace(language, day_names(model::LanguageTag{language, {}})).first;
  return found->second;
}

// The one day (or month) among `names` that `key` is, or nothing when none or several are.
std::optional<int> only_day(const std::vector<std::pair<icu::UnicodeString, int>>& names,
                            const icu::UnicodeString& key) {
  std::optional<int> day;
  for (const auto& [name, d] : names)
    if (name == key) {
      if (day && *day != d) return std::nullopt;
      day = d;
    }
  return day;
}

// The one name in `full` that starts with `key` (three letters or more), or nothing when none
// or several do: "tues" is Tuesday, "ma" is no day.
template <std::size_t N>
std::optional<int> only_prefix(const std::array<icu::UnicodeString, N>& full,
                               const icu::UnicodeString& key) {
  if (key.countChar32() < 3) return std::nullopt;
  std::optional<int> found;
  for (std::size_t i = 0; i < N; ++i)
    if (full[i].startsWith(key)) {
      if (found) return std::nullopt;
      found = static_cast<int>(i);
    }
  return found;
}

}  // namespace

std::optional<int> weekday_of(std::string_view word, const model::LanguageTag& tag, DayForm form) {
  const DayNames& names = names_for(tag);
  const icu::UnicodeString key = day_key(to_unicode(word));
  if (key.isEmpty()) return std::nullopt;
  if (key.countChar32() == 1)
    return form == DayForm::any ? only_day(names.narrow, key) : std::nullopt;
  if (const std::optional<int> day = only_day(names.shortened, key)) return day;
  return only_prefix(names.full, key);
}

std::optional<int> month_of(std::string_view word, const model::LanguageTag& tag) {
  const DayNames& names = names_for(tag);
  const icu::UnicodeString key = day_key(to_unicode(word));
  if (key.countChar32() < 3 || std::ranges::find(names.months, key) != names.months.end())
    return std::nullopt;
  if (const std::optional<int> month = only_day(names.short_months, key)) return month;
  return only_prefix(names.months, key);
}

std::optional<int> month_or_name_of(std::string_view word, const model::LanguageTag& tag) {
  const DayNames& names = names_for(tag);
  const icu::UnicodeString key = day_key(to_unicode(word));
  for (int m = 0; m < 12; ++m)
    if (names.months[static_cast<std::size_t>(m)] == key) return m;
  return month_of(word, tag);
}

std::string month_name(int month, const model::LanguageTag& tag) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::DateFormatSymbols symbols(locale_of(tag), status);
  require(status, "month names");
  int32_t count = 0;
  const icu::UnicodeString* names =
      symbols.getMonths(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
  if (month < 0 || month >= count) throw std::logic_error("month out of range");
  return to_utf8(names[month]);
}

}  // namespace handout::lang
