#pragma once
// Postal addresses as they are said: a US state's two-letter code after a town is said as
// the state's name ("Anytown, ME 04000" -> "Anytown, Maine 04000"). Only address lines are
// read this way, so "CALL ME" elsewhere stays "call me". Pure.
#include <string>
#include <string_view>

#include "reading/language.h"

namespace handout::reading {

// The state's name for a USPS code ("ME" -> "Maine"), or "" when it is none.
std::string_view us_state_name(std::string_view code);

// The line with a state code that follows a comma (", ME" or ", ME 04000") named.
std::string spoken_address_line(std::string_view line, Language language);

}  // namespace handout::reading
