#pragma once
// The language a handout is spoken in, as far as the script's own words and the
// normalisation rules are concerned. Other languages get the English rules and phrases.
#include <string_view>

namespace handout::speech {

enum class Language { english, spanish };

// How numbers and dates are read: the language and the order of numeric dates.
struct Dialect {
  Language language = Language::english;
  bool day_first = false;  // "3/4/2026" is 3 April (es, en-GB) rather than March 4 (en-US)
};

// From a BCP 47 tag: "en-US" -> month first, "en-GB", "es", "es-MX" -> day first.
Dialect dialect_of(std::string_view bcp47);

// From a BCP 47 tag: "es", "es-MX" -> spanish; anything else -> english.
Language language_of(std::string_view bcp47);

// The ISO 639-2 code ID3 expects in TLAN: "eng", "spa", ... ("und" when unknown).
std::string_view iso639_2(std::string_view bcp47);

}  // namespace handout::speech
