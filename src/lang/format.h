#pragma once
// Dates and numbers worded in a language, by ICU's locale data: a new language needs no code.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"
#include "model/language_tag.h"

namespace handout::lang {

// The long form: "November 26, 2026" (en-US), "26 November 2026" (en-GB),
// "26 de noviembre de 2026" (es).
std::string long_date(const model::Date& date, const model::LanguageTag& tag);

// Whether the locale writes numeric dates month first ("3/4/2026" is March 4 in en-US),
// from its short date pattern; day first (4 March) in en-GB, es and most others.
bool month_before_day(const model::LanguageTag& tag);

// A whole number in words: 21 -> "twenty-one", "veintiuno".
std::string spell_out(std::int64_t number, const model::LanguageTag& tag);
// An ordinal in words: 3 -> "third", "tercero"; `rule_set` picks a form ICU offers, e.g.
// "%spellout-ordinal-feminine" for "tercera" (empty: the language's default ordinal).
std::string spell_out_ordinal(std::int64_t number, const model::LanguageTag& tag,
                              std::string_view rule_set = "");

// Words joined as the language lists them: "a, b and c", "a, b y c" (ICU ListFormatter).
std::string join_list(const std::vector<std::string>& parts, const model::LanguageTag& tag);

}  // namespace handout::lang
