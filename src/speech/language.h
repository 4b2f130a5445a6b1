#pragma once
// The language a handout is spoken in, as far as the script's own words and the
// normalisation rules are concerned. Other languages get the English rules and phrases.
#include <string_view>

namespace handout::speech {

enum class Language { english, spanish };

// From a BCP 47 tag: "es", "es-MX" -> spanish; anything else -> english.
Language language_of(std::string_view bcp47);

// The ISO 639-2 code ID3 expects in TLAN: "eng", "spa", ... ("und" when unknown).
std::string_view iso639_2(std::string_view bcp47);

}  // namespace handout::speech
