#include "speech/phonemes.h"

#include <espeak-ng/speak_lib.h>

#include "reading/voice_choice.h"
#include "speech/voices.h"

namespace handout::speech {

std::string phonemes_of(const std::string& words, std::string_view lang) {
  if (espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, 0) < 0) return "";
  // The voice a build of a handout in `lang` speaks with (a clinic's region aside).
  const std::string language = reading::voice_language(lang, {}, voice_main_languages());
  espeak_VOICE wanted{};
  wanted.languages = language.c_str();
  if (espeak_SetVoiceByProperties(&wanted) != EE_OK) return "";
  std::string out;
  const void* text = words.c_str();
  while (text != nullptr) {
    const char* clause = espeak_TextToPhonemes(&text, espeakCHARS_UTF8, 0);
    if (clause == nullptr) break;
    if (!out.empty()) out += ' ';
    out += clause;
  }
  return out;
}

}  // namespace handout::speech
