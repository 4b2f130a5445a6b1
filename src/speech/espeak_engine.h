#pragma once
// eSpeak NG through its C library. The library keeps global state and deadlocks when it is
// terminated and initialised again, so it is initialised once per process, on first use, and
// never terminated.
#include <string_view>

#include "speech/synthesis_sink.h"

namespace handout::speech {

// Speaks SSML with the voice for `language` (BCP 47) at `rate_wpm` words per minute, in this
// process, handing samples and marks to `sink` as they come (eSpeak NG's buffer at a time).
// Throws SpeechError when there is no such voice or synthesis fails, or what the sink threw.
//
// eSpeak NG 1.51 also carries state from one synthesis to the next (the wave generator's
// phase and pitch, the leading silence): the same script spoken twice in one process gives
// different samples. So a process speaks once: a second call throws SpeechError. Use
// synthesize() (isolated_synthesis.h), which gives each synthesis a fresh process or a
// process that has not spoken.
void synthesize_in_process(std::string_view ssml, std::string_view language, int rate_wpm,
                           SynthesisSink& sink);

}  // namespace handout::speech
