#pragma once
// eSpeak NG's samples at another rate, through libsoxr, as they come.
#include <cstdint>
#include <span>

struct soxr;  // libsoxr's resampler (soxr.h)

namespace handout::speech {

class Resampler {
 public:
  // Mono 16-bit samples in at `from_rate`, floats in [-1, 1] out at `to_rate`, on this thread
  // alone and without dither, so that the same samples always give the same output. Throws
  // SpeechError.
  Resampler(int from_rate, int to_rate);
  Resampler(const Resampler&) = delete;
  Resampler& operator=(const Resampler&) = delete;
  ~Resampler();

  // How many input samples a call took and how many output samples it wrote.
  struct Step {
    std::size_t used = 0;
    std::size_t made = 0;
  };
  // Resamples what `out` has room for: writes the floats into `out` itself, so that they need
  // no buffer of their own. The filter keeps back its last few milliseconds until more
  // samples come or finish() drains them.
  Step add(std::span<const std::int16_t> in, std::span<float> out);
  // After the last samples: what the filter still holds, as much as fits (0 when drained).
  std::size_t finish(std::span<float> out);

 private:
  soxr* soxr_;
};

}  // namespace handout::speech
