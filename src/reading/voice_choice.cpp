#include "reading/voice_choice.h"

#include <tuple>

#include "lang/language.h"
#include "lang/regions.h"

namespace handout::reading {

namespace {

// Twice region_closeness, so that a voice for no region (1) ranks below any near one.
int voice_score(const std::string& voice, const std::string& region) {
  const std::string voice_region = lang::region_in_tag(voice);
  if (voice_region.empty()) return 1;
  return 2 * lang::region_closeness(voice_region, region);
}

}  // namespace

std::string voice_language(std::string_view bcp47, std::string_view clinic_bcp47,
                           std::span<const std::string> voices) {
  if (voices.empty()) return std::string(bcp47);
  const std::string language = lang::language_subtag(bcp47);
  if (language.empty()) return std::string(bcp47);
  const std::string region = lang::region_of(bcp47, clinic_bcp47);
  // On a tie, the voice of the language's own country ("fr-fr" for Switzerland, as near as
  // "fr-be"), then the shortest tag ("en-gb" before "en-gb-scotland"), then the first.
  const std::string home = lang::region_of(language, {});
  const auto rank = [&](const std::string& voice) {
    return std::tuple(voice_score(voice, region), lang::region_in_tag(voice) == home,
                      -static_cast<long>(voice.size()));
  };
  const std::string* best = nullptr;
  for (const std::string& voice : voices) {
    if (lang::language_subtag(voice) != language || voice_score(voice, region) == 0) continue;
    if (!best || rank(voice) > rank(*best)) best = &voice;
  }
  return best ? *best : language;
}

bool has_voice_for(std::string_view bcp47, std::span<const std::string> voices) {
  if (voices.empty()) return true;
  const std::string language = lang::language_subtag(bcp47);
  for (const std::string& voice : voices)
    if (!language.empty() && lang::language_subtag(voice) == language) return true;
  return false;
}

}  // namespace handout::reading
