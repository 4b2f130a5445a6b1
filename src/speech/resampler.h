#pragma once
// eSpeak NG's samples at another rate, through libsoxr, as they come.
#include <cstdint>
#include <span>
#include <vector>

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

  // Appends to `out` what `in` yields; the filter keeps back its last few milliseconds until
  // more samples come or finish() drains it.
  void add(std::span<const std::int16_t> in, std::vector<float>& out);
  void finish(std::vector<float>& out);

 private:
  void drain(const std::int16_t* in, std::size_t count, std::vector<float>& out);

  soxr* soxr_;
  double ratio_;
};

}  // namespace handout::speech
