// The calendar rules: "Mon–Fri" -> "Monday to Friday", "Sept 3" -> "September 3", and the
// word range "Monday–Friday". Which words are days and months is ICU's knowledge
// (lang::weekday_of, lang::month_of), in the handout's language.
#include <optional>
#include <string>
#include <vector>

#include "lang/hours.h"
#include "lang/weekdays.h"
#include "reading/token_rules.h"
#include "reading/utf8_words.h"

namespace handout::reading::rules {

namespace {

model::LanguageTag tag_of(Language language) {
  return {lang::language_code(language), {}};
}

std::string_view to_word(Language language) {
  return language == Language::spanish ? " a " : " to ";
}

// One day as printed at `pos`: a whole word and an optional full stop.
struct PrintedDay {
  int day = 0;
  std::size_t end = 0;  // after the word and its full stop
};

std::optional<PrintedDay> day_at(std::string_view text, std::size_t pos, Language language,
                                 lang::DayForm form) {
  if (pos >= text.size() || word_before(text, pos)) return std::nullopt;
  const std::size_t end = word_end(text, pos);
  if (end == pos) return std::nullopt;
  for (std::size_t i = pos; i < end; ++i)
    if (is_digit(text[i])) return std::nullopt;
  const std::optional<int> day =
      lang::weekday_of(text.substr(pos, end - pos), tag_of(language), form);
  if (!day) return std::nullopt;
  return PrintedDay{*day, end < text.size() && text[end] == '.' ? end + 1 : end};
}

// The length of a dash between two days, with a space on either side or none.
std::size_t dash_at(std::string_view text, std::size_t pos) {
  std::size_t i = pos;
  if (i < text.size() && text[i] == ' ') ++i;
  std::size_t dash = 0;
  for (std::string_view d : {"-", "–", "—", "‑"})
    if (text.substr(i).starts_with(d)) dash = d.size();
  if (dash == 0) return 0;
  i += dash;
  if (i < text.size() && text[i] == ' ') ++i;
  return i - pos;
}

struct PrintedRange {
  PrintedDay first, last;
};

// "Mon–Fri", "M-F", "lun. a vie."'s printed form "lun.–vie.": two days joined by a dash.
std::optional<PrintedRange> range_at(std::string_view text, std::size_t pos, Language language) {
  const std::optional<PrintedDay> first = day_at(text, pos, language, lang::DayForm::any);
  if (!first) return std::nullopt;
  const std::size_t dash = dash_at(text, first->end);
  if (dash == 0) return std::nullopt;
  const std::optional<PrintedDay> last =
      day_at(text, first->end + dash, language, lang::DayForm::any);
  if (!last || word_at(text, last->end)) return std::nullopt;
  return PrintedRange{*first, *last};
}

// "M/W/F", "Tu/Th", "L/X/V": days joined by slashes, said as a list. A day of one letter only in a
// list of three or more ("M/F" may be male or female).
std::vector<PrintedDay> chain_at(std::string_view text, std::size_t pos, Language language) {
  if (pos > 0 && text[pos - 1] == '/') return {};
  std::vector<PrintedDay> days;
  bool one_letter = false;
  std::size_t at = pos;
  while (true) {
    const std::optional<PrintedDay> day = day_at(text, at, language, lang::DayForm::any);
    if (!day) return {};
    one_letter = one_letter || word_end(text, at) - at == 1;
    days.push_back(*day);
    if (day->end >= text.size() || text[day->end] != '/') break;
    at = day->end + 1;
  }
  if (days.size() < 2 || (one_letter && days.size() < 3) || word_at(text, days.back().end))
    return {};
  return days;
}

// Alone, a day is read only in English, capitalised, and not when the abbreviation is also
// an everyday word ("Sat", "Sun"; Spanish "mar", "dom", "vie" are words too).
std::optional<PrintedDay> single_at(std::string_view text, std::size_t pos, Language language) {
  if (language != Language::english || pos >= text.size() || !is_upper(text[pos]))
    return std::nullopt;
  const std::optional<PrintedDay> day = day_at(text, pos, language, lang::DayForm::abbreviation);
  if (!day) return std::nullopt;
  const std::string_view word = text.substr(pos, word_end(text, pos) - pos);
  if (word == "Sat" || word == "Sun" || word.size() < 3) return std::nullopt;
  return day;
}

std::string full_name(int day, Language language) {
  return lang::weekday_name(day, tag_of(language));
}

// Whether the next word is capitalised: the full stop of "26 dic. El" also ends a sentence.
bool capital_after(std::string_view text, std::size_t pos) {
  return pos + 1 < text.size() && text[pos] == ' ' && is_upper(text[pos + 1]);
}

struct PrintedMonths {
  int first = 0;
  std::optional<int> last;  // of a range "Mar–May"
  std::size_t end = 0;
  bool needs_de = false;  // Spanish "24–26 dic." is said "24 a 26 de diciembre"
};

// Whether a number ends just before `pos`, with a space or Spanish " de " between: "24 dic.",
// "5 de ene.".
bool number_before(std::string_view text, std::size_t pos) {
  std::string_view before = text.substr(0, pos);
  if (!before.ends_with(' ')) return false;
  before.remove_suffix(1);
  if (before.ends_with(" de")) before.remove_suffix(3);
  return !before.empty() && is_digit(before.back());
}

// A month abbreviation read only where it cannot be a word: next to a number ("Jan. 5",
// "Nov 2026", "24 dic.") or in a range of months ("Mar–May"); capitalised in English.
std::optional<PrintedMonths> months_at(std::string_view text, std::size_t pos, Language language) {
  if (pos >= text.size() || word_before(text, pos)) return std::nullopt;
  if (language == Language::english && !is_upper(text[pos])) return std::nullopt;
  const std::size_t word = word_end(text, pos);
  const model::LanguageTag tag = tag_of(language);
  const std::optional<int> month = lang::month_of(text.substr(pos, word - pos), tag);
  if (!month) return std::nullopt;
  const std::size_t end = word < text.size() && text[word] == '.' ? word + 1 : word;
  if (const std::size_t dash = dash_at(text, end); dash > 0) {
    const std::size_t second = end + dash;
    const std::size_t second_end = word_end(text, second);
    if (second_end > second && !word_before(text, second)) {
      if (const auto last = lang::month_or_name_of(text.substr(second, second_end - second), tag)) {
        const bool stop = second_end < text.size() && text[second_end] == '.';
        return PrintedMonths{*month, *last, stop ? second_end + 1 : second_end};
      }
    }
  }
  // Spanish puts the day first ("5 de ene."), and its abbreviations are lower-case words
  // too ("el mar 3 veces"): only a number before makes one a month there.
  const bool number_after = language == Language::english && end + 1 < text.size() &&
                            text[end] == ' ' && is_digit(text[end + 1]);
  if (number_after || number_before(text, pos))
    return PrintedMonths{
        *month, std::nullopt, end,
        language == Language::spanish && !std::string_view(text.substr(0, pos)).ends_with(" de ")};
  return std::nullopt;
}

// A day of one letter before a range of times, in a list of hours: "F 7a–5p", "V 8:00-14:00".
std::optional<PrintedDay> letter_before_hours(std::string_view text, std::size_t pos,
                                              const ReadingContext& context) {
  const Language language = context.dialect.language;
  if (pos >= text.size() || !is_upper(text[pos]) || word_end(text, pos) != pos + 1)
    return std::nullopt;
  const std::optional<PrintedDay> day = day_at(text, pos, language, lang::DayForm::any);
  if (!day || day->end != pos + 1 || day->end + 1 >= text.size() || text[day->end] != ' ')
    return std::nullopt;
  const std::size_t time = match_time(text, day->end + 1, context);
  const std::string_view hours = text.substr(day->end + 1, time);
  const bool range = hours.find_first_of("-") != std::string_view::npos ||
                     hours.find("–") != std::string_view::npos ||
                     hours.find(" to ") != std::string_view::npos ||
                     hours.find(" a ") != std::string_view::npos;
  return time > 0 && range ? day : std::nullopt;
}

}  // namespace

std::size_t match_weekday(std::string_view text, std::size_t pos, const ReadingContext& context) {
  const Language language = context.dialect.language;
  if (const auto days = chain_at(text, pos, language); !days.empty()) return days.back().end - pos;
  if (const auto range = range_at(text, pos, language)) return range->last.end - pos;
  if (const auto day = single_at(text, pos, language)) return day->end - pos;
  if (const auto day = letter_before_hours(text, pos, context)) return day->end - pos;
  return 0;
}

std::string read_weekday(std::string_view text, const Token& token, const ReadingContext& context) {
  const Language language = context.dialect.language;
  std::string out;
  const std::vector<PrintedDay> days = chain_at(text, token.begin, language);
  for (std::size_t i = 0; i < days.size(); ++i)
    out += (i == 0                 ? ""
            : i + 1 == days.size() ? (language == Language::spanish ? " y " : " and ")
                                   : ", ") +
           full_name(days[i].day, language);
  if (!days.empty()) {
  } else if (const auto range = range_at(text, token.begin, language))
    out = full_name(range->first.day, language) + std::string(to_word(language)) +
          full_name(range->last.day, language);
  else if (const auto day = single_at(text, token.begin, language))
    out = full_name(day->day, language);
  else if (const auto letter = letter_before_hours(text, token.begin, context))
    out = full_name(letter->day, language);
  if (text[token.end - 1] == '.' && at_sentence_end(text, token.end)) out += '.';
  return out;
}

std::size_t match_month(std::string_view text, std::size_t pos, const ReadingContext& context) {
  const auto months = months_at(text, pos, context.dialect.language);
  return months ? months->end - pos : 0;
}

std::string read_month(std::string_view text, const Token& token, const ReadingContext& context) {
  const Language language = context.dialect.language;
  const auto months = months_at(text, token.begin, language);
  if (!months) return std::string(text.substr(token.begin, token.end - token.begin));
  std::string out =
      (months->needs_de ? "de " : "") + lang::month_name(months->first, tag_of(language));
  if (months->last)
    out += std::string(to_word(language)) + lang::month_name(*months->last, tag_of(language));
  if (text[token.end - 1] == '.' &&
      (at_sentence_end(text, token.end) || capital_after(text, token.end)))
    out += '.';
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

}  // namespace handout::reading::rules
