#include "speech/levelling.h"

#include <cmath>
#include <vector>

#include "speech/mp3_encoder.h"
#include "speech/peak_limiter.h"

namespace handout::speech {

namespace {

// The samples' loudness that gives the MP3 target_lufs: the limiter and the encoder take some
// off (measured on the samples, docs/performance.md).
constexpr double pcm_target_lufs = target_lufs + limiter_loss_db + mp3_level_loss_db;

double ceiling() {
  return std::pow(10.0, peak_ceiling_dbfs / 20);
}

// Every sample of `spool` through a limiter at `gain`, to `take`.
void limit_all(PcmSpool& spool, int sample_rate, double gain,
               const std::function<void(std::span<const std::int16_t>)>& take) {
  PeakLimiter limiter(sample_rate, gain, ceiling());
  std::vector<std::int16_t> limited;
  spool.replay([&](std::span<const std::int16_t> block) {
    limited.clear();
    limiter.add(block, limited);
    take(limited);
  });
  limited.clear();
  limiter.finish(limited);
  take(limited);
}

}  // namespace

void level(PcmSpool& spool, int sample_rate, double measured_lufs,
           const std::function<void(std::span<const std::int16_t>)>& take) {
  limit_all(spool, sample_rate, normalising_gain(measured_lufs, pcm_target_lufs), take);
}

}  // namespace handout::speech
