// normalise_times(): clock times as people say them.
#include <charconv>
#include <regex>

#include "speech/normaliser.h"
#include "speech/regex_replace.h"

namespace handout::speech {

namespace {

struct ClockTime {
  int hour = 0;
  int minute = 0;
  char half = 0;  // 'a', 'p' or 0 when no AM/PM is written
};

int to_int(const std::csub_match& sub) {
  int value = 0;
  std::from_chars(sub.first, sub.second, value);
  return value;
}

ClockTime clock_time_of(const std::cmatch& m) {
  ClockTime time{to_int(m[1]), m[2].matched ? to_int(m[2]) : 0, 0};
  if (m[3].matched)
    time.half = static_cast<char>(std::tolower(static_cast<unsigned char>(*m[3].first)));
  return time;
}

// eSpeak NG says "5:00 PM" as "five zero zero P M" and "7:05" as "seven zero five".
std::string english(const ClockTime& t) {
  if (t.minute == 0 && t.hour == 12 && t.half) return t.half == 'p' ? "noon" : "midnight";
  std::string out = std::to_string(t.hour);
  if (t.minute == 0 && !t.half) out += t.hour <= 12 ? " o'clock" : " hundred";
  if (t.minute > 0) out += " oh " + std::to_string(t.minute);
  if (t.half) out += t.half == 'a' ? " AM" : " PM";
  return out;
}

// eSpeak NG's Spanish voice says "8:00" as "ocho cero cero" and "AM" as a word.
std::string spanish(const ClockTime& t) {
  std::string out = std::to_string(t.hour);
  if (t.minute > 0) out += " y " + std::to_string(t.minute);
  if (t.half == 'a') out += " de la mañana";
  if (t.half == 'p') {
    out += t.hour == 12 ? " del mediodía" : t.hour <= 7 ? " de la tarde" : " de la noche";
  }
  return out;
}

}  // namespace

std::string normalise_times(std::string_view text, Language language) {
  // H:MM with an optional AM/PM, or H followed by AM/PM. The full stop of "a.m." is kept:
  // it may end the sentence.
  static const std::regex time(R"(\b(\d{1,2})(?::(\d{2}))?\b(?:\s?([AaPp])\.? ?[Mm]\b)?)");
  return replace_matches(text, time, [language](const std::cmatch& m, std::string_view) {
    const bool is_time = m[2].matched || m[3].matched;
    const ClockTime t = clock_time_of(m);
    if (!is_time || t.hour > 24 || t.minute > 59) return std::optional<std::string>();
    if (language == Language::spanish) return std::optional(spanish(t));
    // "8 AM" and "7:30 PM" are already read well in English; "5:00" and "7:05" are not.
    if (!m[2].matched || t.minute >= 10) return std::optional<std::string>();
    return std::optional(english(t));
  });
}

}  // namespace handout::speech
