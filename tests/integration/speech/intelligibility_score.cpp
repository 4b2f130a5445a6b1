// intelligibility_score AUDIO SSML: transcribes a whole recording with pocketsphinx against a
// language model of its script and prints the word score (see recognition.h), to compare
// encoder settings (bench/mp3_settings.sh). English voices only.
#include <cstdio>
#include <exception>
#include <fstream>
#include <sstream>

#include "recognition.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: intelligibility_score AUDIO SSML\n");
    return 2;
  }
  try {
    std::ifstream in(argv[2], std::ios::binary);
    std::ostringstream ssml;
    ssml << in.rdbuf();
    using namespace handout::test;
    const LanguageModel model = language_model_of(ssml.str(), "score");
    const std::string heard = transcribe(at_16_khz(argv[1], "score"), model);
    std::printf("%.1f\n", word_score(heard, ssml.str()));
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "intelligibility_score: %s\n", e.what());
    return 1;
  }
}
