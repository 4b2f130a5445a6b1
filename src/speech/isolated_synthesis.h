#pragma once
// Synthesis in a child process of its own, so that every handout starts from eSpeak NG's
// freshly initialised state and the same script always gives the same samples, whatever
// was spoken before in this process. The child initialises eSpeak NG once, speaks on its
// only thread, sends the result through a pipe and exits; it is never re-initialised.
#include <string_view>

#include "speech/espeak_engine.h"

namespace handout::speech {

// Throws SpeechError when synthesis fails or the child process cannot run.
Synthesis synthesize(std::string_view ssml, std::string_view language, int rate_wpm);

}  // namespace handout::speech
