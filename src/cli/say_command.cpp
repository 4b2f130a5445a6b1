#include "cli/say_command.h"

#include <espeak-ng/speak_lib.h>

#include <iostream>

#include "speech/normaliser.h"

namespace handout::cli {

namespace {

// eSpeak NG's own phoneme mnemonics for the spoken words, as `espeak-ng -x` prints them.
std::string phonemes_of(const std::string& words, const std::string& lang) {
  if (espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, 0) < 0) return "";
  const std::string voice = speech::language_of(lang) == speech::Language::spanish ? "es" : "en-us";
  if (espeak_SetVoiceByName(voice.c_str()) != EE_OK) return "";
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

}  // namespace

int run_say(const SayOptions& options) {
  const std::string words = speech::normalise(options.text, speech::dialect_of(options.lang));
  std::cout << words << '\n';
  if (options.phonemes) std::cout << phonemes_of(words, options.lang) << '\n';
  return 0;
}

}  // namespace handout::cli
