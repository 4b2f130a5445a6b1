#include "cli/say_command.h"

#include <iostream>

#include "speech/normaliser.h"
#include "speech/phonemes.h"

namespace handout::cli {

int run_say(const SayOptions& options) {
  const std::string words = speech::normalise(options.text, speech::dialect_of(options.lang));
  std::cout << words << '\n';
  if (options.phonemes) std::cout << speech::phonemes_of(words, options.lang) << '\n';
  return 0;
}

}  // namespace handout::cli
