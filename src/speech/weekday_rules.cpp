// normalise_weekdays() and normalise_word_ranges(): "Mon–Fri" -> "Monday to Friday".
#include <array>
#include <regex>
#include <span>
#include <utility>

#include "speech/normaliser.h"
#include "speech/regex_replace.h"

namespace handout::speech {

namespace {

using Day = std::pair<std::string_view, std::string_view>;  // abbreviation, full name

constexpr std::array<Day, 10> english_days{{
    {"Mon", "Monday"},
    {"Tues", "Tuesday"},
    {"Tue", "Tuesday"},
    {"Wed", "Wednesday"},
    {"Thurs", "Thursday"},
    {"Thur", "Thursday"},
    {"Thu", "Thursday"},
    {"Fri", "Friday"},
    {"Sat", "Saturday"},
    {"Sun", "Sunday"},
}};

constexpr std::array<Day, 18> spanish_days{{
    {"lun", "lunes"},
    {"Lun", "lunes"},
    {"mar", "martes"},
    {"Mar", "martes"},
    {"mié", "miércoles"},
    {"Mié", "miércoles"},
    {"mie", "miércoles"},
    {"Mie", "miércoles"},
    {"jue", "jueves"},
    {"Jue", "jueves"},
    {"vie", "viernes"},
    {"Vie", "viernes"},
    {"sáb", "sábado"},
    {"Sáb", "sábado"},
    {"sab", "sábado"},
    {"Sab", "sábado"},
    {"dom", "domingo"},
    {"Dom", "domingo"},
}};

std::span<const Day> days_of(Language language) {
  if (language == Language::spanish) return spanish_days;
  return english_days;
}

std::string_view full_name(std::string_view abbreviation, Language language) {
  for (const auto& [shortened, full] : days_of(language)) {
    if (shortened == abbreviation) return full;
  }
  return {};
}

// "(Mon|Tues|…)": the abbreviations as a regex alternation.
std::string alternation(Language language) {
  std::string out = "(";
  for (const auto& [shortened, full] : days_of(language)) {
    if (out.size() > 1) out += '|';
    out += shortened;
  }
  return out + ')';
}

std::string_view to_word(Language language) {
  return language == Language::spanish ? " a " : " to ";
}

std::regex range_pattern(Language language) {
  const std::string day = alternation(language);
  return std::regex("\\b" + day + "\\.? ?(?:-|–|—) ?" + day + "(?![A-Za-z])");
}

std::string expand_ranges(std::string_view text, Language language) {
  static const std::regex english_range = range_pattern(Language::english);
  static const std::regex spanish_range = range_pattern(Language::spanish);
  const std::regex& range = language == Language::spanish ? spanish_range : english_range;
  return replace_matches(text, range, [language](const std::cmatch& m, std::string_view) {
    const std::string_view first(m[1].first, static_cast<std::size_t>(m[1].length()));
    const std::string_view last(m[2].first, static_cast<std::size_t>(m[2].length()));
    return std::optional(std::string(full_name(first, language)) + std::string(to_word(language)) +
                         std::string(full_name(last, language)));
  });
}

// Alone, only the English abbreviations that are not also words ("Sat", "Sun", "mar").
std::string expand_single(std::string_view text, Language language) {
  if (language == Language::spanish) return std::string(text);
  static const std::regex single(R"(\b(Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri)\b)");
  return replace_matches(text, single, [language](const std::cmatch& m, std::string_view) {
    return std::optional(std::string(full_name(m[1].str(), language)));
  });
}

}  // namespace

std::string normalise_weekdays(std::string_view text, Language language) {
  return expand_single(expand_ranges(text, language), language);
}

std::string normalise_word_ranges(std::string_view text, Language language) {
  // An en dash joining two words with no spaces is a range: "Monday–Friday".
  static const std::regex range("([A-Za-z])–([A-Za-z])");
  return replace_matches(text, range, [language](const std::cmatch& m, std::string_view) {
    return std::optional(m[1].str() + std::string(to_word(language)) + m[2].str());
  });
}

}  // namespace handout::speech
