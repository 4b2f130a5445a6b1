#pragma once
// The recording brought to the target loudness under the peak ceiling (peak_limiter.h): the
// gain comes from each recording's measured loudness, so that every voice and text come out alike.
#include <cstdint>
#include <functional>
#include <span>

#include "speech/pcm_spool.h"

namespace handout::speech {

// Calls `take` with the samples of `spool` (at `sample_rate`, measured at `measured_lufs`)
// levelled, as many as it holds and in order: one gain from the measurement, under the peak
// limiter. Throws SpeechError.
void level(PcmSpool& spool, int sample_rate, double measured_lufs,
           const std::function<void(std::span<const std::int16_t>)>& take);

}  // namespace handout::speech
