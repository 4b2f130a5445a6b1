// Rules for how often and how much: "3x/day", "3-4x/week", "3 veces/día", "2 x 10",
// "3 sets x 10 reps", "10x", "q6h", "c/8 h", and dosing shorthand such as "b.i.d.", "PRN".
#include <algorithm>
#include <vector>

#include "reading/reading_tables.h"
#include "reading/token_rules.h"
#include "reading/utf8_words.h"

namespace handout::reading::rules {

namespace {

#define TIMES R"((?:x|X|\xC3\x97))"
#define TO R"((?: ?(?:-|\xE2\x80\x93|\xE2\x80\x91) ?| to | a ))"

// Longest first: "día" before "d".
std::string periods_alternation() {
  std::vector<std::string_view> names;
  for (const PeriodName& period : period_names()) names.push_back(period.printed);
  std::ranges::stable_sort(names, std::ranges::greater{}, &std::string_view::size);
  std::string out = "(";
  for (const std::string_view name : names) {
    if (out.size() > 1) out += '|';
    out += name;
  }
  return out + ")";
}

const std::regex& times_per() {  // 3x/day, 3-4x a week, 2x daily
  static const std::regex pattern(R"((\d+)(?:)" TO R"((\d+))? ?)" TIMES
                                  R"( ?(?:/ ?|per |a |al |a la |por |cada )?)" +
                                  periods_alternation() + R"((?![A-Za-z]))");
  return pattern;
}

const std::regex& words_per() {  // 3 veces/día, 2 times/day
  static const std::regex pattern(R"((\d+)(?:)" TO R"((\d+))? (times|veces|vez) ?/ ?)" +
                                  periods_alternation() + R"((?![A-Za-z]))");
  return pattern;
}

const std::regex& sets() {  // 2 x 10, 3 sets x 10 reps
  static const std::regex pattern(R"((\d+)(?: (sets?|series|rounds?|rondas?))? ?)" TIMES
                                  R"( ?(\d+)(?![0-9A-Za-z]))");
  return pattern;
}

const std::regex& times() {  // 10x
  static const std::regex pattern(R"((\d+)(?:)" TO R"((\d+))? ?)" TIMES R"((?![A-Za-z0-9]))");
  return pattern;
}

const std::regex& every_hours() {  // q6h, q 4-6 h, c/8 h
  static const std::regex pattern(R"((?:q ?|Q ?|c/ ?|C/ ?)(\d+)(?:)" TO
                                  R"((\d+))? ?(?:h|hr|hrs|hours|horas|hora|H)(?![A-Za-z])\.?)");
  return pattern;
}

// "hold 30 sec x 3 reps": x before a count of exercise, said "times".
const std::regex& times_count() {
  static const std::regex pattern(
      R"((?:x|X|\xC3\x97)(?= ?\d+ ?(?:reps?|sets?|times|rounds?|repetitions?)(?![A-Za-z])))");
  return pattern;
}

// "c/hora", "c/ día": Spanish "cada" before a period's name.
const std::regex& each_period() {
  static const std::regex pattern(
      R"((?:c|C)/ ?(?=(?:hora|d\xC3\xADa|dia|semana|mes|noche|ma\xC3\xB1ana|tarde|comida)(?![A-Za-z])))");
  return pattern;
}

// "x 5 days", "× 2 weeks", "x 7 días": how long a course lasts, said "for", "durante".
const std::regex& for_days() {
  static const std::regex pattern(
      R"((?:x|X|\xC3\x97)(?= ?\d+(?:)" TO
      R"(\d+)? ?(?:days?|d|weeks?|wks?|months?|mos?|d\xC3\xADas?|semanas?|mes|meses)(?![A-Za-z])))");
  return pattern;
}

// "x3d", "x 2wk": a course with its period's letter joined to the number (ISMP's "x3d").
const std::regex& for_days_joined() {
  static const std::regex pattern(R"((?:x|X|\xC3\x97) ?(\d+)(?:)" TO
                                  R"((\d+))?(d|wks?|w|mos?)(?![A-Za-z0-9]))");
  return pattern;
}

// "hold 30 sec x 3.": the letter x before a count that ends its clause, after a word (not a
// size's number, "3 x 3"), said as the count of times; "×" stays a sign ("peso × 2").
const std::regex& times_at_end() {
  static const std::regex pattern(R"((?:x|X) ?(\d+)(?=[.,;:)]|$))");
  return pattern;
}

bool after_word_of_letters(std::string_view text, std::size_t pos) {
  if (word_before(text, pos)) return false;  // "Box 3." is no count
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  return pos > 0 && word_before(text, pos) && !is_digit(text[pos - 1]);
}

std::string count(const std::cmatch& m, const ReadingContext& context) {
  std::string out = group(m, 1);
  if (!group(m, 2).empty()) out += (spanish(context) ? " a " : " to ") + group(m, 2);
  return out;
}

std::string how_often(const std::cmatch& m, const std::string& period,
                      const ReadingContext& context) {
  const PeriodName* name = find_period(period);
  const bool once = group(m, 1) == "1" && group(m, 2).empty();
  std::string out;
  if (spanish(context)) {
    out = once ? "una vez" : count(m, context) + " veces";
  } else {
    out = once ? "once" : count(m, context) + " times";
  }
  if (name) out += ' ' + std::string(spanish(context) ? name->spanish : name->english);
  return out;
}

const DosingTerm* dosing_at(std::string_view text, std::size_t pos) {
  if (word_before(text, pos)) return nullptr;
  for (const DosingTerm& term : dosing_terms()) {
    if (!text.substr(pos).starts_with(term.printed)) continue;
    const std::size_t end = pos + term.printed.size();
    if (term.printed.back() != '.' && word_at(text, end)) continue;
    if (term.printed.back() == '.' && end < text.size() && word_at(text, end)) continue;
    return &term;
  }
  return nullptr;
}

}  // namespace

std::size_t match_frequency(std::string_view text, std::size_t pos, const ReadingContext& context) {
  if (const std::size_t length = match_at(for_days_joined(), text, pos)) return length;
  if (const std::size_t length = match_at(for_days(), text, pos)) return length;
  if (after_word_of_letters(text, pos))
    if (const std::size_t length = match_at(times_at_end(), text, pos)) return length;
  if (spanish(context)) {
    if (const std::size_t length = match_at(each_period(), text, pos)) return length;
  } else if (const std::size_t length = match_at(times_count(), text, pos)) {
    return length;
  }
  if (text[pos] == 'q' || text[pos] == 'Q' || text[pos] == 'c' || text[pos] == 'C') {
    return match_at(every_hours(), text, pos);
  }
  if (!is_digit(text[pos])) return 0;
  for (const std::regex* pattern : {&times_per(), &words_per(), &sets(), &times()}) {
    const std::size_t length = match_at(*pattern, text, pos);
    // "2 x 500 mg": no sets of 500, but 2 times a dose.
    if (length && pattern == &sets() && unit_length_at(text, pos + length) > 0) continue;
    if (length) return length;
  }
  return 0;
}

std::string read_frequency(std::string_view text, const Token& token,
                           const ReadingContext& context) {
  const std::string_view printed = text.substr(token.begin, token.end - token.begin);
  const bool es = spanish(context);
  std::cmatch m = groups(for_days_joined(), printed);
  if (!m.empty()) {
    const std::string unit = group(m, 3);
    const bool one = group(m, 1) == "1" && group(m, 2).empty();
    const std::string_view name = unit == "d"              ? (es ? "días" : "days")
                                  : unit.starts_with("mo") ? (es ? "meses" : "months")
                                                           : (es ? "semanas" : "weeks");
    std::string out = (es ? "durante " : "for ") + count(m, context) + ' ';
    if (one)
      return out + (es ? (unit == "d"              ? "día"
                          : unit.starts_with("mo") ? "mes"
                                                   : "semana")
                       : (unit == "d"              ? "day"
                          : unit.starts_with("mo") ? "month"
                                                   : "week"));
    return out + std::string(name);
  }
  if (match_at(for_days(), text, token.begin) == printed.size()) return es ? "durante" : "for";
  if (after_word_of_letters(text, token.begin) &&
      match_at(times_at_end(), text, token.begin) == printed.size()) {
    m = groups(times_at_end(), printed);
    const bool one = group(m, 1) == "1";
    return es ? (one ? "una vez" : group(m, 1) + " veces")
              : (one ? "once" : group(m, 1) + " times");
  }
  if (es && match_at(each_period(), text, token.begin) == printed.size()) return "cada";
  if (!es && match_at(times_count(), text, token.begin) == printed.size()) return "times";
  m = groups(every_hours(), printed);
  if (!m.empty())
    return (es ? "cada " : "every ") + count(m, context) + (es ? " horas" : " hours") +
           (printed.back() == '.' && full_stop_ends_sentence(text, token.end) ? "." : "");
  if (m = groups(times_per(), printed); !m.empty()) return how_often(m, group(m, 3), context);
  if (m = groups(words_per(), printed); !m.empty()) return how_often(m, group(m, 4), context);
  if (m = groups(sets(), printed); !m.empty()) {
    std::string word = group(m, 2);
    if (word.empty()) word = es ? "series" : group(m, 1) == "1" ? "set" : "sets";
    return group(m, 1) + ' ' + word + (es ? " de " : " of ") + group(m, 3);
  }
  m = groups(times(), printed);
  return how_often(m, "", context);
}

std::size_t match_dosing(std::string_view text, std::size_t pos, const ReadingContext& context) {
  // The shipped clinical lexicon holds these with their contexts ("PO" only in a dose, not in
  // "PO Box"); this table reads them only where it is not at hand.
  if (context.clinical) return 0;
  const DosingTerm* term = dosing_at(text, pos);
  return term ? term->printed.size() : 0;
}

std::string read_dosing(std::string_view text, const Token& token, const ReadingContext& context) {
  const DosingTerm* term = dosing_at(text, token.begin);
  if (!term) return std::string(text.substr(token.begin, token.end - token.begin));
  std::string out(spanish(context) ? term->spanish : term->english);
  const std::string_view before = word_before_pos(text, token.begin);
  if ((out.starts_with("at ") && before == "at") || (out.starts_with("al ") && before == "al")) {
    out.erase(0, 3);
  }
  if (term->printed.back() == '.' && full_stop_ends_sentence(text, token.end)) out += '.';
  return out;
}

}  // namespace handout::reading::rules
