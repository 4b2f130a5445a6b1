// The model's typed date: parsed once by the reader, never again by a writer.
#include "model/date.h"

#include <doctest/doctest.h>

namespace handout::test {

using model::Date;
using model::parse_iso_date;

TEST_CASE("a date is a real calendar date written YYYY-MM-DD") {
  CHECK(parse_iso_date("2026-11-26") == Date{2026, 11, 26});
  CHECK(parse_iso_date("2024-02-29") == Date{2024, 2, 29});
  CHECK(parse_iso_date("2000-02-29") == Date{2000, 2, 29});
  CHECK_FALSE(parse_iso_date("2025-02-29"));
  CHECK_FALSE(parse_iso_date("1900-02-29"));
  CHECK_FALSE(parse_iso_date("2026-13-01"));
  CHECK_FALSE(parse_iso_date("2026-00-10"));
  CHECK_FALSE(parse_iso_date("2026-04-31"));
  CHECK_FALSE(parse_iso_date("2026-04-00"));
  CHECK_FALSE(parse_iso_date("2026-11-26Z"));
  CHECK_FALSE(parse_iso_date("26-11-2026"));
  CHECK_FALSE(parse_iso_date("2026-1-026"));
  CHECK_FALSE(parse_iso_date("2026-+1-02"));
}

TEST_CASE("a date is written back as ISO and counted in days from 1970") {
  CHECK(model::iso_text(model::Date{2026, 3, 4}) == "2026-03-04");
  CHECK(model::days_since_epoch({1970, 1, 1}) == 0);
  CHECK(model::days_since_epoch({1969, 12, 31}) == -1);
  CHECK(model::days_since_epoch({2000, 3, 1}) == 11017);
  CHECK(model::days_since_epoch({2026, 11, 26}) == 20783);
}

TEST_CASE("a moment is counted in seconds from 1970 and written as ISO in UTC") {
  CHECK(model::iso_text(model::civil_time(0)) == "1970-01-01T00:00:00Z");
  CHECK(model::iso_text(model::civil_time(86399)) == "1970-01-01T23:59:59Z");
  CHECK(model::iso_text(model::civil_time(-1)) == "1969-12-31T23:59:59Z");
  CHECK(model::iso_text(model::civil_time(951782400)) == "2000-02-29T00:00:00Z");
  for (const model::Date date : {model::Date{2026, 11, 26}, model::Date{1900, 3, 1}})
    CHECK(model::civil_time(model::days_since_epoch(date) * 86400).date == date);
}

}  // namespace handout::test
