#pragma once
// How telephone numbers, e-mail addresses and web addresses are read aloud. Pure functions.
#include <string>
#include <string_view>
#include <vector>

#include "reading/language.h"

namespace handout::reading {

// The groups of a printed phone number, each to be said with a pause after it: digits
// spaced one by one ("2 0 7"), words kept ("ext"), a leading "+" said as "plus".
// "(207) 555-0100" -> {"2 0 7", "5 5 5", "0 1 0 0"}.
std::vector<std::string> phone_groups(std::string_view printed, Language language);

// The groups joined for plain text: "2 0 7, 5 5 5, 0 1 0 0".
std::string spoken_phone(std::string_view printed, Language language);

// "https://www.example.org/exercises" -> "www dot example dot org slash exercises".
std::string spoken_web_address(std::string_view printed, Language language);

// "frontdesk@example.org" -> "frontdesk at example dot org".
std::string spoken_email_address(std::string_view printed, Language language);

}  // namespace handout::reading
