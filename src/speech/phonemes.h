#pragma once
// eSpeak NG's own phoneme mnemonics for words, as `espeak-ng -x` prints them: for `handout
// say --phonemes`, so an admin can hear on paper what the voice will say.
#include <string>
#include <string_view>

namespace handout::speech {

// Empty when the synthesizer cannot start. Initialises eSpeak NG in this process: call it from
// a short-lived command, never from a process that builds handouts.
std::string phonemes_of(const std::string& words, std::string_view lang);

}  // namespace handout::speech
