#include "speech/loudness_meter.h"

#include <ebur128.h>

#include <cmath>

#include "speech/speech_error.h"

namespace handout::speech {

struct LoudnessMeter::State {
  ebur128_state* meter;
};

// The histogram mode keeps a fixed table of block loudnesses (0.1 dB apart) instead of every
// block, so that memory does not grow with the recording.
LoudnessMeter::LoudnessMeter(int sample_rate)
    : state_(std::make_unique<State>(State{ebur128_init(
          1, static_cast<unsigned long>(sample_rate), EBUR128_MODE_I | EBUR128_MODE_HISTOGRAM)})) {
  if (!state_->meter) throw SpeechError("libebur128 cannot measure loudness");
}

LoudnessMeter::~LoudnessMeter() {
  ebur128_destroy(&state_->meter);
}

void LoudnessMeter::add(std::span<const std::int16_t> samples) {
  if (samples.empty()) return;
  if (ebur128_add_frames_short(state_->meter, samples.data(), samples.size()) != EBUR128_SUCCESS)
    throw SpeechError("libebur128 cannot measure loudness");
}

double LoudnessMeter::integrated_lufs() const {
  double lufs = -HUGE_VAL;
  if (ebur128_loudness_global(state_->meter, &lufs) != EBUR128_SUCCESS) return -HUGE_VAL;
  return lufs;
}

}  // namespace handout::speech
