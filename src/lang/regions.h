#pragma once
// Where a language is spoken, from ICU's region containment data (CLDR, UN M49): what picks
// a voice's accent for a handout, so that a Spanish handout for Mexico, the United States or
// Latin America ("es-419") sounds Latin American, and one for Spain sounds Spanish. Pure.
#include <string>
#include <string_view>

namespace handout::lang {

// The region a text in `bcp47` is for: the tag's own (a country "MX", or an M49 area such as
// "419"); else, when it names none, the clinic's from `clinic_bcp47` (clinic.xml's xml:lang;
// empty: none); else ICU's likely region for its language ("es" -> "ES", "en" -> "US").
// Upper case; empty when ICU knows none.
std::string region_of(std::string_view bcp47, std::string_view clinic_bcp47);
// The region the tag itself names ("es-419" -> "419", "en-gb-x-rp" -> "GB"); empty if none.
std::string region_in_tag(std::string_view bcp47);

// How near a voice made for `voice_region` is to `region` (both as region_of gives them):
// 4 the same region; 3 the voice's contains it ("419" contains "MX"); 2 the same subcontinent
// ("US" and "CA", Northern America); 1 the same continent ("419" and "US", the Americas);
// 0 none, or a region ICU does not know.
int region_closeness(std::string_view voice_region, std::string_view region);

}  // namespace handout::lang
