#pragma once
// The languages eSpeak NG's installed voices declare, read through its C library.
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace handout::speech {

// Lower-case BCP 47-like tags such as "en-us", "en", "fr-fr", "es"; sorted, unique.
std::vector<std::string> voice_languages();

// The own language of each voice that eSpeak NG speaks by itself (not the MBROLA voices,
// which need a program of their own), lower case: "en-us", "es", "es-419"; sorted, unique,
// read once. What reading::voice_language() chooses among.
std::span<const std::string> voice_main_languages();

// Whether a BCP 47 tag is served by one of `voice_languages`. Matching ignores case and
// accepts a tag more or less specific than a voice's ("fr" -> "fr-fr", "en-AU" -> "en").
bool has_voice(std::string_view tag, std::span<const std::string> voice_languages);

}  // namespace handout::speech
