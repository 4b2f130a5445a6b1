#pragma once
// The languages eSpeak NG's installed voices declare, read through its C library.
#include <string>
#include <vector>

namespace handout::speech {

// Lower-case BCP 47-like tags such as "en-us", "en", "fr-fr", "es"; sorted, unique.
std::vector<std::string> voice_languages();

}  // namespace handout::speech
