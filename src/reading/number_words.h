#pragma once
// Numbers as words, from ICU's spell-out rules (RuleBasedNumberFormat), in the handout's
// language: cardinals with gender ("una", "veintiuna"), ordinals ("fourth", "primera",
// "tercer"). Pure; each thread keeps its own formatters.
#include <cstdint>
#include <string>

#include "reading/language.h"

namespace handout::reading {

enum class Gender { masculine, feminine };

// 21 -> "twenty-one"; Spanish feminine 21 -> "veintiuna".
std::string cardinal_words(std::int64_t number, Language language,
                           Gender gender = Gender::masculine);

// 4 -> "fourth"; Spanish 1 feminine -> "primera"; `before_noun` gives "primer", "tercer".
std::string ordinal_words(std::int64_t number, Language language, Gender gender = Gender::masculine,
                          bool before_noun = false);

// Month names from ICU's locale data: 3 -> "March", "marzo" (1 to 12).
std::string month_name(int month, Language language);

}  // namespace handout::reading
