#pragma once
// The recording's level: one gain for the whole recording that brings it to the target
// loudness, and a look-ahead limiter that lowers it smoothly where a peak would pass the
// ceiling. Pure and deterministic.
#include <cstdint>
#include <span>
#include <vector>

namespace handout::speech {

// Chosen by measurement (docs/performance.md): the MP3's integrated loudness at -17.5 LUFS,
// the middle of the -16 to -19 LUFS of spoken-word streaming, and sample peaks at most
// -2.5 dBFS, which keeps the MP3's decoded true peak (inter-sample peaks, the encoder's
// overshoot) under -1 dBTP with half a decibel to spare.
inline constexpr double target_lufs = -17.5;
inline constexpr double peak_ceiling_dbfs = -2.5;
// What the limiter takes off eSpeak NG's speech at that ceiling (about 1 dB on the samples):
// the gain adds it beforehand, rather than measuring the limited audio again (a whole pass).
inline constexpr double limiter_loss_db = 1.0;

// The factor that takes a recording measured at `measured_lufs` to `target` LUFS; 1 for
// silence (-infinity) or anything not finite.
double normalising_gain(double measured_lufs, double target);

class PeakLimiter {
 public:
  // Every sample is multiplied by `gain`; where the result would pass `ceiling` (a fraction of
  // full scale) the gain dips beforehand, over `lookahead_seconds`, and recovers with
  // `release_seconds`' time constant.
  PeakLimiter(int sample_rate, double gain, double ceiling, double lookahead_seconds = 0.005,
              double release_seconds = 0.08);

  // Appends the samples that are ready to `out`: the limiter holds back its look-ahead.
  void add(std::span<const std::int16_t> in, std::vector<std::int16_t>& out);
  // Appends the samples still held: as many samples come out in all as went in.
  void finish(std::vector<std::int16_t>& out);

 private:
  void hold(std::int16_t sample);
  void push(float need, std::vector<std::int16_t>& out);
  void emit(float lowest, std::vector<std::int16_t>& out);

  struct Need {
    std::uint64_t at;
    float gain;  // the most this sample allows
  };
  double gain_, ceiling_, release_;
  std::size_t lookahead_;
  std::uint64_t pushed_ = 0;
  std::uint64_t emitted_ = 0;
  std::size_t held_in_ = 0, held_out_ = 0;  // where the next sample goes into and out of held_
  // Rings: the samples not yet out (`lookahead_`), the ascending minima of the look-ahead
  // window (from lowest_first_, lowest_count_ of them; one more, as a push comes before the
  // window moves on), the last `lookahead_` limited gains.
  std::vector<std::int16_t> held_;
  std::vector<Need> lowest_;
  std::size_t lowest_first_ = 0, lowest_count_ = 0;
  std::vector<float> recent_;
  std::size_t recent_at_ = 0;
  double recent_sum_;
  float reduction_ = 1;
};

}  // namespace handout::speech
