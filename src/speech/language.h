#pragma once
// The language whose rules normalise a handout's text: the shared one of lang/language.h.
// Other languages get the English rules and phrases.
#include "lang/language.h"

namespace handout::speech {

using lang::iso639_2;
using lang::Language;
using lang::language_of;

// How numbers and dates are read: the language and the order of numeric dates.
struct Dialect {
  Language language = Language::english;
  bool day_first = false;  // "3/4/2026" is 3 April (es, en-GB) rather than March 4 (en-US)
};

// From a BCP 47 tag, with the order of numeric dates from the locale's own short date
// format (ICU): "en-US" -> month first; "en-GB", "es", "es-MX" -> day first.
Dialect dialect_of(std::string_view bcp47);

}  // namespace handout::speech
