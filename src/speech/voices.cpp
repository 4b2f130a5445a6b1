#include "speech/voices.h"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace handout::speech {

std::vector<std::string> voice_languages() {
  // Only the data path is needed to list voices; this does not start the synthesizer, so it
  // is safe in any process.
  espeak_ng_InitializePath(nullptr);
  std::vector<std::string> languages;
  const espeak_VOICE** voices = espeak_ListVoices(nullptr);
  for (; voices && *voices; ++voices) {
    // `languages` is a list of (priority byte, NUL-terminated name) ending with a zero byte.
    for (const char* entry = (*voices)->languages; entry && *entry;
         entry += std::strlen(entry + 1) + 2) {
      std::string name(entry + 1);
      std::ranges::transform(name, name.begin(),
                             [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      languages.push_back(std::move(name));
    }
  }
  std::ranges::sort(languages);
  languages.erase(std::unique(languages.begin(), languages.end()), languages.end());
  return languages;
}

}  // namespace handout::speech
