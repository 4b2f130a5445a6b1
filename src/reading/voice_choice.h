#pragma once
// Which of eSpeak NG's voices speaks a text: the accent of the region it is for. Pure: the
// installed voices come in as their languages (speech::voice_main_languages()).
#include <span>
#include <string>
#include <string_view>

namespace handout::reading {

// The language of the voice for text in `bcp47` of a clinic whose clinic.xml is in
// `clinic_bcp47` (empty: none), among `voices` (each installed voice's own language, lower
// case: "es", "es-419", "en-us"): of the voices of its language, the one made for the region
// nearest to lang::region_of(bcp47, clinic_bcp47) (lang/regions.h), a voice for no region when
// none is near, and on a tie the shortest tag. "es-MX", "es-US", "es-419" and "es" from a
// clinic in the Americas get "es-419"; "es-ES" and "es" alone get "es". When no voice of
// the language is near, its language subtag ("en" for "en-AU"), and eSpeak NG chooses; with no
// voices at all, `bcp47` itself.
std::string voice_language(std::string_view bcp47, std::string_view clinic_bcp47,
                           std::span<const std::string> voices);

// Whether one of `voices` speaks the language of `bcp47` ("fr-CA": "fr-fr" does; "zu": none of
// a list without Zulu). With no voices listed, nothing is known and so every language has one.
// eSpeak NG asked for a voice it lacks switches to its default English voice and stays in it
// after the stretch: a stretch in such a language is said in the voice around it instead.
bool has_voice_for(std::string_view bcp47, std::span<const std::string> voices);

}  // namespace handout::reading
