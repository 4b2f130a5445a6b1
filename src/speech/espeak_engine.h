#pragma once
// eSpeak NG through its C library. The library keeps global state and deadlocks when it is
// terminated and initialised again, so it is initialised once per process, on first use,
// never terminated, and may only be used from the thread that first used it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace handout::speech {

struct MarkTime {
  std::string name;
  int milliseconds = 0;  // from the start of the synthesized audio
};

struct Synthesis {
  std::vector<std::int16_t> samples;  // mono, 16-bit
  int sample_rate = 0;
  std::vector<MarkTime> marks;  // in the order the synthesizer reached them
};

// Speaks SSML with the voice for `language` (BCP 47) at `rate_wpm` words per minute, in this
// process. Throws SpeechError when there is no such voice or synthesis fails.
//
// eSpeak NG 1.51 also carries state from one synthesis to the next (the wave generator's
// phase and pitch, the leading silence): the same script spoken twice in one process gives
// different samples. Use synthesize() (isolated_synthesis.h) for reproducible output.
Synthesis synthesize_in_process(std::string_view ssml, std::string_view language, int rate_wpm);

}  // namespace handout::speech
