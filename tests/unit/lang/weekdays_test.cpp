// Days and months as handouts abbreviate them, known from ICU's names for the language.
#include "lang/weekdays.h"

#include <doctest/doctest.h>

using namespace handout;

namespace {

model::LanguageTag tag(const char* text) {
  return {text, {}};
}

std::optional<int> day(const char* word, const char* language,
                       lang::DayForm form = lang::DayForm::abbreviation) {
  return lang::weekday_of(word, tag(language), form);
}

}  // namespace

TEST_CASE("a weekday is ICU's abbreviation or short form or the start of its name") {
  CHECK(day("Mon", "en") == 0);
  CHECK(day("tues", "en-US") == 1);
  CHECK(day("Thurs.", "en") == 3);
  CHECK(day("Wednesday", "en") == 2);
  CHECK(day("Su", "en") == 6);
  CHECK(day("mié", "es") == 2);
  CHECK(day("MIE", "es-MX") == 2);
  CHECK(day("sáb.", "es") == 5);
  CHECK_FALSE(day("T", "en", lang::DayForm::any));  // Tuesday or Thursday
  CHECK(day("F", "en", lang::DayForm::any) == 4);
  CHECK_FALSE(day("F", "en"));  // a single letter only where asked for
  CHECK(day("X", "es", lang::DayForm::any) == 2);
  CHECK(day("Ma", "es") == 1);  // ICU's short form
  CHECK_FALSE(day("Mar", "en"));
  CHECK_FALSE(day("Sunny", "en"));
}

TEST_CASE("a month abbreviation is ICU's or the start of the name but not the name") {
  CHECK(lang::month_of("Jan.", tag("en")) == 0);
  CHECK(lang::month_of("Sept", tag("en-US")) == 8);
  CHECK(lang::month_of("dic.", tag("es")) == 11);
  CHECK(lang::month_of("ENE", tag("es")) == 0);
  CHECK_FALSE(lang::month_of("May", tag("en")));
  CHECK(lang::month_or_name_of("May", tag("en")) == 4);
  CHECK_FALSE(lang::month_of("Ju", tag("en")));
  CHECK_FALSE(lang::month_of("Jun.e", tag("en")));
  CHECK(lang::month_name(2, tag("en-GB")) == "March");
  CHECK(lang::month_name(2, tag("es")) == "marzo");
}
