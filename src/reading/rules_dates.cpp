// Rules for dates ("3/4/2026", "2026-03-04") and clock times ("5:00 PM", "10 a.m.-2 p.m.").
#include <algorithm>
#include <array>

#include "lang/weekdays.h"
#include "reading/number_words.h"
#include "reading/token_rules.h"

namespace handout::reading::rules {

namespace {

struct ClockTime {
  int hour = 0;
  int minute = 0;
  bool has_minutes = false;
  char half = 0;         // 'a', 'p' or 0 when no AM/PM is written
  bool compact = false;  // the half written as one small letter: "8a", "5:30p"
};

// H:MM with an optional AM/PM, or H followed by AM/PM ("a.m.", "p. m."; a space inside only
// after a full stop: "6p M–F" is 6 PM and Monday to Friday), or by the one letter of an
// American clinic's hours ("8a-5p", "7:30a").
const std::regex& clock_pattern() {
  static const std::regex time(
      R"((\d{1,2})(?::(\d{2}))?(?: ?([AaPp])(?:\. ?)?[Mm]\b\.?|([ap])(?![A-Za-z0-9]))?)");
  return time;
}

// Spain also writes "8.30 h", "de 8.30 a 15.00 h": a full stop between hour and minutes, where
// an "h" follows the time or the range.
const std::regex& dotted_clock_pattern() {
  static const std::regex time(R"((\d{1,2})\.(\d{2}))");
  return time;
}

// The hour word after a Spanish time: "18:00 h", "14:00 horas", "8.30 h." (its length).
std::size_t hour_word_at(std::string_view text, std::size_t pos) {
  static const std::regex hour(R"( ?(?:h|hs|hrs|horas)\b\.?)");
  return match_at(hour, text, pos);
}

std::optional<ClockTime> clock_at(std::string_view text, std::size_t pos, std::size_t& length,
                                  bool dotted = false) {
  std::cmatch m;
  length = match_at(dotted ? dotted_clock_pattern() : clock_pattern(), text, pos, &m);
  if (length == 0 || (!m[2].matched && !m[3].matched && !m[4].matched)) return std::nullopt;
  ClockTime t{number_of(group(m, 1)), number_of(group(m, 2)), m[2].matched, 0};
  if (m[3].matched)
    t.half = static_cast<char>(std::tolower(static_cast<unsigned char>(*m[3].first)));
  if (m[4].matched) {
    t.half = *m[4].first;
    t.compact = true;
  }
  if (t.hour > 24 || t.minute > 59 || (t.half && (t.hour == 0 || t.hour > 12))) return std::nullopt;
  if (pos + length < text.size() && is_digit(text[pos + length])) return std::nullopt;
  return t;
}

// A time of the 24-hour clock ("18:00", "13:30") as people say it: the 12-hour clock with its
// half of the day ("6 PM", "las 6 de la tarde").
ClockTime twelve_hour(ClockTime t) {
  if (!t.half && t.has_minutes && t.hour == 0) {  // "00:30": half past midnight
    t.hour = 12;
    t.half = 'a';
    return t;
  }
  if (t.half || !t.has_minutes || t.hour <= 12 || t.hour > 23) return t;
  t.hour -= 12;
  t.half = 'p';
  return t;
}

// eSpeak NG says "5:00 PM" as "five zero zero P M" and "7:05" as "seven zero five".
std::string english(ClockTime t) {
  t = twelve_hour(t);
  if (t.minute == 0 && t.hour == 12 && t.half) return t.half == 'p' ? "noon" : "midnight";
  std::string out = std::to_string(t.hour);
  if (t.minute == 0 && !t.half) out += t.hour <= 12 ? " o'clock" : " hundred";
  if (t.minute > 0 && t.minute < 10) out += " oh " + std::to_string(t.minute);
  if (t.minute >= 10) out += ':' + std::to_string(t.minute);
  if (t.half) out += t.half == 'a' ? " AM" : " PM";
  return out;
}

// eSpeak NG's Spanish voice says "8:00" as "ocho cero cero" and "AM" as a word. Spanish says
// "7:30" "siete y media", "8:15" "ocho y cuarto", "18:00" "seis de la tarde", "12:00"
// "doce del mediodía".
std::string spanish_time(const ClockTime& printed) {
  const int hour24 = printed.half == 'p' && printed.hour < 12    ? printed.hour + 12
                     : printed.half == 'a' && printed.hour == 12 ? 0
                                                                 : printed.hour;
  const ClockTime t = twelve_hour(printed);
  std::string out = std::to_string(t.hour);
  if (t.minute == 30) {
    out += " y media";
  } else if (t.minute == 15) {
    out += " y cuarto";
  } else if (t.minute > 0) {
    out += " y " + std::to_string(t.minute);
  }
  const bool noon = printed.has_minutes && !printed.half && printed.hour == 12;
  if (t.half == 'a') out += hour24 == 0 ? " de la noche" : " de la mañana";
  if (t.half == 'p' || noon) {
    out += hour24 == 12 ? " del mediodía" : hour24 <= 20 ? " de la tarde" : " de la noche";
  }
  return out;
}

// " - ", "–", " to ", " a " between two times.
std::size_t range_separator(std::string_view text, std::size_t pos) {
  static const std::regex separator(
      R"( ?(?:-|\xE2\x80\x93|\xE2\x80\x94|\xE2\x80\x91) ?| to | a | hasta )");
  return match_at(separator, text, pos);
}

const std::regex& iso_date() {
  static const std::regex date(R"((\d{4})-(\d{1,2})-(\d{1,2})(?![0-9]))");
  return date;
}

const std::regex& numeric_date() {
  static const std::regex date(R"((\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![0-9]))");
  return date;
}

// A month and its year: "3/2027", "03/2027" (an expiry date, a due month); a fraction's
// denominator is never a year of four digits.
const std::regex& month_year_date() {
  static const std::regex date(R"((\d{1,2})/((?:19|20)\d{2})(?![0-9/]))");
  return date;
}

// An English day written as an ordinal before a month's name: "1st March", "21st June 2026".
const std::regex& ordinal_day_month() {
  static const std::regex date(R"((\d{1,2})(?:st|nd|rd|th) ([A-Z][a-z]+)(,? (\d{4})(?![0-9]))?)");
  return date;
}

std::optional<int> month_named(std::string_view word, Language language) {
  const model::LanguageTag tag{lang::language_code(language), {}};
  return lang::month_or_name_of(word, tag);
}

}  // namespace

bool after_date_word(std::string_view text, std::size_t pos, Language language) {
  static constexpr std::array<std::string_view, 14> date_words{
      "date",  "dated",    "fecha", "cita", "appointment", "until", "hasta",
      "desde", "starting", "since", "due",  "visit",       "día",   "through"};
  static constexpr std::array<std::string_view, 6> articles{"el", "on", "the", "del", "al", "de"};
  const model::LanguageTag tag{lang::language_code(language), {}};
  std::size_t at = pos;
  for (int i = 0; i < 3; ++i) {
    while (at > 0 && std::string_view(" ,.").find(text[at - 1]) != std::string_view::npos) --at;
    const std::string_view word = word_before_pos(text, at);
    if (word.empty()) return false;
    std::string lower(word);
    std::ranges::transform(lower, lower.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lang::weekday_of(word, tag, lang::DayForm::abbreviation) ||
        std::ranges::find(date_words, lower) != date_words.end())
      return true;
    if (std::ranges::find(articles, lower) == articles.end()) return false;
    at = static_cast<std::size_t>(word.data() - text.data());
  }
  return false;
}

bool date_by_context(std::string_view text, std::size_t pos, std::size_t end, Language language) {
  if (after_date_word(text, pos, language)) return true;
  const std::string_view before = word_before_pos(text, pos);
  if (before != "on" && before != "el") return false;
  if (at_sentence_end(text, end) ||
      (end < text.size() && std::string_view(",;.").find(text[end]) != std::string_view::npos))
    return true;
  const std::string_view next = word_after_pos(text, end);
  return next == "at" || next == "a" || next == "from" || next == "until" || next == "de";
}

bool valid_date(int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::string spoken_date(int year, int month, int day, const Dialect& dialect) {
  const Language language = dialect.language;
  const std::string name = month_name(month, language);
  const std::string year_words = year > 0 ? std::to_string(year) : "";
  if (language == Language::spanish) {
    std::string out = std::to_string(day) + " de " + name;
    return year > 0 ? out + " de " + year_words : out;
  }
  const std::string nth = ordinal_words(day, language);
  if (dialect.day_first) {
    const std::string out = "the " + nth + " of " + name;
    return year > 0 ? out + ", " + year_words : out;
  }
  return year > 0 ? name + ' ' + nth + ", " + year_words : name + ' ' + nth;
}

std::size_t match_date(std::string_view text, std::size_t pos, const ReadingContext& context) {
  if (!is_digit(text[pos])) return 0;
  std::cmatch m;
  if (const std::size_t length = match_at(iso_date(), text, pos, &m)) {
    return valid_date(number_of(group(m, 2)), number_of(group(m, 3))) ? length : 0;
  }
  if (const std::size_t length = match_at(month_year_date(), text, pos, &m))
    return valid_date(number_of(group(m, 1)), 1) ? length : 0;
  if (context.dialect.language == Language::english) {
    if (const std::size_t length = match_at(ordinal_day_month(), text, pos, &m)) {
      const std::optional<int> month = month_named(group(m, 2), Language::english);
      if (month && valid_date(*month + 1, number_of(group(m, 1)))) return length;
    }
  }
  const std::size_t length = match_at(numeric_date(), text, pos, &m);
  if (length == 0) return 0;
  int month = number_of(group(m, 1));
  int day = number_of(group(m, 3));
  if (context.dialect.day_first) std::swap(month, day);
  return valid_date(month, day) ? length : 0;
}

std::string read_date(std::string_view text, const Token& token, const ReadingContext& context) {
  const std::string_view printed = text.substr(token.begin, token.end - token.begin);
  std::cmatch m = groups(iso_date(), printed);
  if (!m.empty()) {
    return spoken_date(number_of(group(m, 1)), number_of(group(m, 2)), number_of(group(m, 3)),
                       context.dialect);
  }
  m = groups(month_year_date(), printed);
  if (!m.empty()) {
    const std::string name = month_name(number_of(group(m, 1)), context.dialect.language);
    return context.dialect.language == Language::spanish ? name + " de " + group(m, 2)
                                                         : name + ' ' + group(m, 2);
  }
  m = groups(ordinal_day_month(), printed);
  if (!m.empty()) {
    const int year = group(m, 4).empty() ? 0 : number_of(group(m, 4));
    Dialect day_first = context.dialect;
    day_first.day_first = true;
    return spoken_date(year, *month_named(group(m, 2), Language::english) + 1,
                       number_of(group(m, 1)), day_first);
  }
  m = groups(numeric_date(), printed);
  int month = number_of(group(m, 1));
  int day = number_of(group(m, 3));
  if (context.dialect.day_first) std::swap(month, day);
  int year = number_of(group(m, 4));
  if (group(m, 4).size() == 2) year += 2000;
  return spoken_date(year, month, day, context.dialect);
}

namespace {

// A time or a range of two times at `pos`, its clocks' form (colon or Spain's full stop) and,
// in Spanish, the hour word after it ("h", "horas"), which the reading leaves out.
struct PrintedTime {
  std::size_t length = 0;  // with the hour word
  std::size_t first = 0, separator = 0, second = 0;
  bool dotted = false;
};

PrintedTime printed_time_at(std::string_view text, std::size_t pos, bool spanish_text) {
  for (const bool dotted : {false, true}) {
    if (dotted && !spanish_text) break;
    PrintedTime t{0, 0, 0, 0, dotted};
    const std::optional<ClockTime> start = clock_at(text, pos, t.first, dotted);
    if (!start) continue;
    t.length = t.first;
    t.separator = range_separator(text, pos + t.first);
    const std::optional<ClockTime> end =
        t.separator > 0 && pos + t.first + t.separator < text.size()
            ? clock_at(text, pos + t.first + t.separator, t.second, dotted)
            : std::nullopt;
    if (end) {
      t.length += t.separator + t.second;
    } else {
      t.separator = 0;
    }
    // "8a" alone may be a room or a bed; "8a-5p", "7:30a" are times, and only in English;
    // after "at", "by", "until" … one is a time too: "at 9a".
    const bool start_compact = start->compact;
    const bool start_loose = start_compact && !start->has_minutes;
    const bool end_compact = end.has_value() && end->compact;
    const bool end_loose = end_compact && !end->has_minutes;
    const std::string_view said_before = word_before_pos(text, pos);
    const bool clock_word = said_before == "at" || said_before == "by" || said_before == "until" ||
                            said_before == "from" || said_before == "before" ||
                            said_before == "after";
    if ((start_compact || end_compact) &&
        (spanish_text ||
         ((start_loose || end_loose) && !(start_compact && end_compact) && !clock_word)))
      return {};
    const std::size_t hour_word = spanish_text ? hour_word_at(text, pos + t.length) : 0;
    // "8.30" alone is a decimal number; "a las 8.30", "8.30 h" a time.
    const std::string_view before = word_before_pos(text, pos);
    if (dotted && hour_word == 0 && before != "las" && before != "la") continue;
    t.length += hour_word;
    return t;
  }
  return {};
}

}  // namespace

namespace {

// A capital letter (or "¿", "¡") after spaces at `pos`: a new sentence starts there.
bool sentence_starts_after(std::string_view text, std::size_t pos) {
  if (pos >= text.size() || text[pos] != ' ') return false;
  while (pos < text.size() && text[pos] == ' ') ++pos;
  const std::string_view rest = text.substr(pos);
  return (!rest.empty() && is_upper(rest.front())) || rest.starts_with("\u00BF") ||
         rest.starts_with("\u00A1");
}

}  // namespace

std::size_t match_time(std::string_view text, std::size_t pos, const ReadingContext& context) {
  if (!is_digit(text[pos])) return 0;
  return printed_time_at(text, pos, spanish(context)).length;
}

std::string read_time(std::string_view text, const Token& token, const ReadingContext& context) {
  const std::string_view printed = text.substr(0, token.end);
  const PrintedTime time = printed_time_at(printed, token.begin, spanish(context));
  std::size_t length = 0;
  const std::optional<ClockTime> first = clock_at(printed, token.begin, length, time.dotted);
  if (!first) return std::string(printed.substr(token.begin));
  const auto say = [&](const ClockTime& t) {
    return spanish(context) ? spanish_time(t) : english(t);
  };
  std::size_t second = 0;
  const std::optional<ClockTime> last =
      time.separator > 0
          ? clock_at(printed, token.begin + length + time.separator, second, time.dotted)
          : std::nullopt;
  ClockTime start = *first;
  // "8:00 a 20:00" is of the 24-hour clock: its morning start is said so ("8 de la mañana").
  if (last && !start.half && start.has_minutes && start.hour > 0 && start.hour < 12 &&
      !last->half && last->hour > 12)
    start.half = 'a';
  std::string out = say(start);
  if (last) out += (spanish(context) ? " a " : " to ") + say(*last);
  // "a las 3 p. m. Luego …": the meridiem's full stop ends the sentence too.
  if (printed.back() == '.' &&
      (at_sentence_end(text, token.end) || sentence_starts_after(text, token.end)))
    out += '.';
  return out;
}

}  // namespace handout::reading::rules
