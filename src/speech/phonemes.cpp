#include "speech/phonemes.h"

#include <espeak-ng/speak_lib.h>

#include "reading/language.h"

namespace handout::speech {

std::string phonemes_of(const std::string& words, std::string_view lang) {
  if (espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, 0) < 0) return "";
  const char* voice = reading::language_of(lang) == reading::Language::spanish ? "es" : "en-us";
  if (espeak_SetVoiceByName(voice) != EE_OK) return "";
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
