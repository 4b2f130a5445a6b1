#pragma once
// Weekday and month names as a handout prints them in running text ("Mon–Fri", "Tues", "L–V",
// "mié", "Sept 3", "5 de ene."), recognised with ICU's own names for the language, so every
// language handout writes, and every way ICU abbreviates a day or month in it, is read
// without a table of our own.
#include <optional>
#include <string>
#include <string_view>

#include "model/language_tag.h"

namespace handout::lang {

enum class DayForm {
  abbreviation,  // ICU's abbreviated or short form ("Tue", "Tu", "mié", "Mi"), or the full
                 // name or its start, three letters or more ("Tues", "Thurs", "miérc")
  any,           // also a single letter that ICU's narrow forms give to this day only ("M",
                 // "W", "F"; Spanish "L", "X", "J", "V", "D"): for ranges such as "M–F"
};

// The day `word` names, 0 for Monday to 6 for Sunday, ignoring case, accents and a final
// full stop; nothing when it names no day or more than one.
std::optional<int> weekday_of(std::string_view word, const model::LanguageTag& tag, DayForm form);

// The month `word` abbreviates, 0 for January to 11 for December: ICU's abbreviated form
// ("Jan", "Sep", "ene.", "sept.") or the start of the full name, three letters or more ("Sept",
// "Febr"), not the full name itself; case, accents and a final full stop aside.
std::optional<int> month_of(std::string_view word, const model::LanguageTag& tag);
// The same, or the full name itself ("May", "marzo"): for the second month of a range.
std::optional<int> month_or_name_of(std::string_view word, const model::LanguageTag& tag);
// The full name, as it stands in a date: "January", "enero".
std::string month_name(int month, const model::LanguageTag& tag);

}  // namespace handout::lang
