#pragma once
// Failures inside the speech pipeline (synthesizer, encoder, tagger). render_audio() turns
// them into model::Error located at the handout.
#include <stdexcept>

namespace handout::speech {

class SpeechError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace handout::speech
