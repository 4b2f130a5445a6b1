#pragma once
// Opening hours worded in a language: day names and times from ICU's locale data, the
// joining words from the term tables. English "Monday to Friday, 7:30 AM to 6 PM", Spanish
// "de lunes a viernes, de 7:30 a 18:00".
#include <string>
#include <vector>

#include "model/hours.h"
#include "model/language_tag.h"

namespace handout::lang {

// One line per group of days, in the order the days were first written.
std::vector<std::string> hours_lines(const model::Hours& hours, const model::LanguageTag& tag);

// A time of day as the locale writes it: "7:30 AM", "6 PM" (en-US), "18:00" (es).
std::string time_of_day(int minutes, const model::LanguageTag& tag);

// A weekday's name as it stands alone: 0 -> "Monday", "lunes".
std::string weekday_name(int day, const model::LanguageTag& tag);

}  // namespace handout::lang
