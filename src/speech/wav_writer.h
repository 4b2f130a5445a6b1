#pragma once
// A RIFF/WAVE file of mono 16-bit PCM, built as the samples come. Pure.
#include <cstdint>
#include <span>
#include <string>

namespace handout::speech {

class WavStream {
 public:
  explicit WavStream(int sample_rate);
  void add(std::span<const std::int16_t> samples);
  // The whole file, its header giving the final sizes.
  std::string finish();

 private:
  std::string out_;
};

std::string encode_wav(std::span<const std::int16_t> samples, int sample_rate);

}  // namespace handout::speech
