#pragma once
// Which term table and which language-specific rules serve a handout. A language without a
// table of its own is served by English; adding one is a table in terms.cpp.
#include <string_view>

#include "model/language_tag.h"

namespace handout::lang {

enum class Language { english, spanish };

Language language_of(const model::LanguageTag& tag);
Language language_of(std::string_view bcp47);

// The ISO 639-2 code ID3's TLAN expects ("eng", "spa", …; "und" when ICU knows none).
std::string_view iso639_2(std::string_view bcp47);

}  // namespace handout::lang
