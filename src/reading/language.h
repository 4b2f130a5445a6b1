#pragma once
// The language whose rules normalise a handout's text: the shared one of lang/language.h.
// Other languages get the English rules and phrases.
#include <string>
#include <string_view>
#include <vector>

#include "lang/language.h"
#include "model/handout.h"

namespace handout::reading {

using lang::iso639_2;
using lang::Language;
using lang::language_of;

// How numbers and dates are read: the language, the order of numeric dates and the country
// whose national phone numbers are recognised.
struct Dialect {
  Language language = Language::english;
  bool day_first = false;  // "3/4/2026" is 3 April (es, en-GB) rather than March 4 (en-US)
  // Where its national phone numbers are dialled, in the order to try them
  // (lang::phone_countries): the tag's country, and the clinic's when the tag names none.
  // Empty: its language's likely country.
  std::vector<std::string> phone_countries;
};

// From a BCP 47 tag, with the order of numeric dates from the locale's own short date
// format (ICU): "en-US" -> month first; "en-GB", "es", "es-MX" -> day first.
Dialect dialect_of(std::string_view bcp47);
// The same for a handout of a clinic whose clinic.xml is in `clinic_bcp47` (empty: none).
Dialect dialect_of(std::string_view bcp47, std::string_view clinic_bcp47);
// The xml:lang of the handout's clinic.xml, for dialect_of(); empty when it has none.
std::string clinic_language(const model::Handout& handout);

// The countries whose national numbers the dialect dials, in order: never empty, unless ICU
// knows no country for its language.
std::vector<std::string> dialled_countries(const Dialect& dialect);

}  // namespace handout::reading
