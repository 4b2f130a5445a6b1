#pragma once
// Integrated loudness (ITU-R BS.1770: K-weighted, gated) of mono samples as they come, through
// libebur128.
#include <cstdint>
#include <memory>
#include <span>

namespace handout::speech {

class LoudnessMeter {
 public:
  // Throws SpeechError.
  explicit LoudnessMeter(int sample_rate);
  LoudnessMeter(const LoudnessMeter&) = delete;
  LoudnessMeter& operator=(const LoudnessMeter&) = delete;
  ~LoudnessMeter();

  void add(std::span<const std::int16_t> samples);
  // In LUFS; -infinity when every block was below the absolute gate (silence).
  double integrated_lufs() const;

 private:
  struct State;  // libebur128's meter, whose type ebur128.h does not let a header name
  std::unique_ptr<State> state_;
};

}  // namespace handout::speech
