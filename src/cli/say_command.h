#pragma once
// `handout say [--lang es] [--phonemes] "Take 1/2 tablet 3x/day"`: prints the words the
// audio says for a phrase, so an admin can try a wording before writing it.
#include <string>

namespace handout::cli {

struct SayOptions {
  std::string text;
  std::string lang = "en-US";
  bool phonemes = false;  // also print eSpeak NG's phonemes
};

int run_say(const SayOptions& options);

}  // namespace handout::cli
