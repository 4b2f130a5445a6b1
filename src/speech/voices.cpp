#include "speech/voices.h"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace handout::speech {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::ranges::transform(out, out.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// `prefix` equals `tag`, or is followed in it by a subtag separator.
bool is_subtag_prefix(std::string_view prefix, std::string_view tag) {
  return tag.starts_with(prefix) && (tag.size() == prefix.size() || tag[prefix.size()] == '-');
}

}  // namespace

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
      languages.push_back(lower(entry + 1));
    }
  }
  std::ranges::sort(languages);
  languages.erase(std::unique(languages.begin(), languages.end()), languages.end());
  return languages;
}

std::span<const std::string> voice_main_languages() {
  static const std::vector<std::string> languages = [] {
    espeak_ng_InitializePath(nullptr);
    std::vector<std::string> out;
    for (const espeak_VOICE** voice = espeak_ListVoices(nullptr); voice && *voice; ++voice) {
      const char* file = (*voice)->identifier;
      if (file && std::string_view(file).starts_with("mb/")) continue;
      // The first entry of `languages` is the voice's own: (priority byte, name).
      if ((*voice)->languages && *(*voice)->languages)
        out.push_back(lower((*voice)->languages + 1));
    }
    std::ranges::sort(out);
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }();
  return languages;
}

bool has_voice(std::string_view tag, std::span<const std::string> voice_languages) {
  const std::string wanted = lower(tag);
  if (wanted.empty()) return false;
  return std::ranges::any_of(voice_languages, [&](const std::string& language) {
    const std::string offered = lower(language);
    return is_subtag_prefix(wanted, offered) || is_subtag_prefix(offered, wanted);
  });
}

}  // namespace handout::speech
