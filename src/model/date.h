#pragma once
// A calendar date, parsed once by the reader so that no writer parses a string again.
#include <optional>
#include <string>
#include <string_view>

namespace handout::model {

struct Date {
  int year = 1970;
  int month = 1;  // 1 to 12
  int day = 1;    // 1 to the month's length
  friend auto operator<=>(const Date&, const Date&) = default;
};

// A real calendar date written YYYY-MM-DD, or nothing.
std::optional<Date> parse_iso_date(std::string_view text);
// "2026-11-26".
std::string iso_text(const Date& date);
// Days since 1970-01-01 (negative before), for time stamps.
long long days_since_epoch(const Date& date);

// A moment in UTC, to the second.
struct DateTime {
  Date date;
  int hour = 0, minute = 0, second = 0;
  friend bool operator==(const DateTime&, const DateTime&) = default;
};

// The moment `seconds` after 1970-01-01T00:00:00Z (before it when negative).
DateTime civil_time(long long seconds);
// "2026-11-26T00:00:00Z".
std::string iso_text(const DateTime& time);

}  // namespace handout::model
