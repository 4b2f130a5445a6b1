#pragma once
// Which term table and which language-specific rules serve a handout. Only a language with a
// table of its own is written (the reader refuses the others: their page numbers, steps and
// headings would be English words in another language's voice); adding one is a table in
// terms.cpp.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "model/language_tag.h"

namespace handout::lang {

enum class Language { english, spanish };
// Every written language, in the order of the enumerators: what a table per language (the
// unit catalogs the build generates, lang/unit_catalog.h) is indexed by.
inline constexpr std::array all_languages = {Language::english, Language::spanish};
static_assert([] {
  for (std::size_t i = 0; i < all_languages.size(); ++i)
    if (static_cast<std::size_t>(all_languages[i]) != i) return false;
  return true;
}());

Language language_of(const model::LanguageTag& tag);
Language language_of(std::string_view bcp47);
// The language's ISO 639-1 code, "en" or "es": the locale of its words, numbers and units.
constexpr const char* language_code(Language language) {
  constexpr std::array<const char*, all_languages.size()> codes = {"en", "es"};
  return codes[static_cast<std::size_t>(language)];
}
// The language whose table serves `bcp47`, or nothing when none does ("fr", "est").
std::optional<Language> written_language(std::string_view bcp47);
// Those languages for a message, named in English with their codes: "English (en) and
// Spanish (es)".
std::string written_languages();
// The language `bcp47` names, in English ("French"); empty for a tag ICU cannot parse.
std::string language_name(std::string_view bcp47);

// The language a BCP 47 tag names, as ICU canonicalises it: "es-MX", "ES" and "es-419" give
// "es", the deprecated "iw" gives "he"; empty for a tag ICU cannot parse.
std::string language_subtag(std::string_view bcp47);
// Whether two tags name the same language, whatever their region or script: "en-US" and
// "en-GB" do, "es" and "en" do not. An unparseable tag matches nothing.
bool same_language(std::string_view a, std::string_view b);

// The ISO 639-2 code ID3's TLAN expects ("eng", "spa", …; "und" when ICU knows none).
std::string_view iso639_2(std::string_view bcp47);

}  // namespace handout::lang
