// Opening hours worded by ICU's locale data and the term tables, in each handout's language.
#include "lang/hours.h"

#include <doctest/doctest.h>

namespace handout::test {

namespace {

using model::HoursKind;

model::HoursRule open(int first, int last, int from, int to) {
  return {HoursKind::open, first, last, from, to, {}};
}
model::HoursRule only(HoursKind kind, int day) {
  return {kind, day, day, 0, 0, {}};
}
model::LanguageTag tag(const char* bcp47) {
  return model::LanguageTag{bcp47, {}};
}

const model::Hours clinic_week{open(0, 4, 7 * 60 + 30, 18 * 60), open(5, 5, 8 * 60, 12 * 60),
                               only(HoursKind::closed, 6)};

}  // namespace

TEST_CASE("hours are worded in English with a 12-hour clock and no :00 on the hour") {
  CHECK(lang::hours_lines(clinic_week, tag("en-US")) ==
        std::vector<std::string>{"Monday to Friday, 7:30 AM to 6 PM", "Saturday, 8 AM to 12 PM",
                                 "Sunday, closed"});
}

TEST_CASE("hours are worded in Spanish with a 24-hour clock and lower-case days") {
  CHECK(lang::hours_lines(clinic_week, tag("es")) ==
        std::vector<std::string>{"de lunes a viernes, de 7:30 a 18:00", "sábado, de 8:00 a 12:00",
                                 "domingo, cerrado"});
}

TEST_CASE("a lunch break joins the day's two openings and by appointment is worded") {
  const model::Hours hours{open(0, 3, 8 * 60, 12 * 60), only(HoursKind::by_appointment, 5),
                           open(0, 3, 13 * 60, 17 * 60)};
  CHECK(lang::hours_lines(hours, tag("en-US")) ==
        std::vector<std::string>{"Monday to Thursday, 8 AM to 12 PM and 1 PM to 5 PM",
                                 "Saturday, by appointment only"});
  CHECK(lang::hours_lines(hours, tag("es")) ==
        std::vector<std::string>{"de lunes a jueves, de 8:00 a 12:00 y de 13:00 a 17:00",
                                 "sábado, solo con cita previa"});
}

TEST_CASE("times and day names come from the locale") {
  CHECK(lang::time_of_day(0, tag("en-US")) == "12 AM");
  CHECK(lang::time_of_day(13 * 60 + 5, tag("en-GB")) == "13:05");
  CHECK(lang::weekday_name(6, tag("fr")) == "dimanche");
}

}  // namespace handout::test
