// The weekday and word-range rules: "Mon–Fri" -> "Monday to Friday".
#include <array>
#include <regex>
#include <span>
#include <utility>

#include "speech/token_rules.h"
#include "speech/utf8_words.h"

namespace handout::speech::rules {

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
  return std::regex(day + "\\.? ?(?:-|–|—|‑) ?" + day + "\\.?(?![A-Za-z])");
}

const std::regex& range_of(Language language) {
  static const std::regex english_range = range_pattern(Language::english);
  static const std::regex spanish_range = range_pattern(Language::spanish);
  return language == Language::spanish ? spanish_range : english_range;
}

// Alone, only the English abbreviations that are not also words ("Sat", "Sun", "mar").
const std::regex& single() {
  static const std::regex pattern(R"((Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri)(?![A-Za-z]))");
  return pattern;
}

}  // namespace

std::size_t match_weekday(std::string_view text, std::size_t pos, const ReadingContext& context) {
  const Language language = context.dialect.language;
  if (const std::size_t length = match_at(range_of(language), text, pos)) return length;
  return language == Language::english ? match_at(single(), text, pos) : 0;
}

std::string read_weekday(std::string_view text, const Token& token, const ReadingContext& context) {
  const Language language = context.dialect.language;
  const std::string_view printed = text.substr(token.begin, token.end - token.begin);
  std::cmatch m = groups(range_of(language), printed);
  std::string out;
  if (!m.empty()) {
    out = std::string(full_name(group(m, 1), language)) + std::string(to_word(language)) +
          std::string(full_name(group(m, 2), language));
  } else {
    out = std::string(full_name(group(groups(single(), printed), 1), language));
  }
  if (printed.back() == '.' && at_sentence_end(text, token.end)) out += '.';
  return out;
}

std::size_t match_word_range(std::string_view text, std::size_t pos, const ReadingContext&) {
  // An en dash joining two words with no spaces is a range: "Monday–Friday".
  const bool joins_words = text.substr(pos).starts_with("–") && word_before(text, pos) &&
                           word_at(text, pos + 3) && !is_digit(text[pos - 1]) &&
                           !is_digit(text[pos + 3]);
  return joins_words ? 3 : 0;
}

std::string read_word_range(std::string_view, const Token&, const ReadingContext& context) {
  return std::string(to_word(context.dialect.language));
}

}  // namespace handout::speech::rules
