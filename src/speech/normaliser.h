#pragma once
// Rewrites printed text into words eSpeak NG 1.51 reads correctly, for English and Spanish.
// Pure: plain text in, plain text out (no SSML). Each rule fixes something eSpeak NG was
// heard to get wrong (checked with `espeak-ng -x -q`; the unit tests list the cases):
//   web and e-mail addresses  "https://a.org/b" -> "a dot org slash b"
//   phone numbers             "(207) 555-0100" -> "2 0 7, 5 5 5, 0 1 0 0"
//   clock times               "5:00 PM" -> "5 PM", "12:00 PM" -> "noon", "7:05" -> "7 oh 5";
//                             Spanish "7:30 PM" -> "7 y 30 de la tarde"
//   number ranges             "2-4 visits" -> "2 to 4 visits", "2-3 días" -> "2 a 3 días"
//   weekday abbreviations     "Mon–Fri" -> "Monday to Friday", "lun–vie" -> "lunes a viernes"
//   word ranges               "Monday–Friday" -> "Monday to Friday"
//   slashes between words     "Neck/back" -> "Neck or back", "and/or" -> "and or"
//   numbers with a leading 0  "04000" -> "0 4 0 0 0" (eSpeak NG says "04000." as "zero
//                             four, zero zero, zero dot"; in Spanish "cero cuatro punto …")
// What eSpeak NG already reads well ("7:30 AM", "15 to 20", "10%") is left alone.
#include <string>
#include <string_view>

#include "speech/language.h"

namespace handout::speech {

std::string normalise(std::string_view text, Language language);

// The single rules, in the order normalise() applies them; exposed for tests.
std::string normalise_addresses(std::string_view text, Language language);
std::string normalise_phone_numbers(std::string_view text, Language language);
std::string normalise_times(std::string_view text, Language language);
std::string normalise_number_ranges(std::string_view text, Language language);
std::string normalise_weekdays(std::string_view text, Language language);
std::string normalise_word_ranges(std::string_view text, Language language);
std::string normalise_slashes(std::string_view text, Language language);
std::string normalise_leading_zeros(std::string_view text, Language language);

}  // namespace handout::speech
