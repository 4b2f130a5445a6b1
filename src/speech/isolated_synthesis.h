#pragma once
// Synthesis in a child process of its own, so that every handout starts from eSpeak NG's
// freshly initialised state and the same script always gives the same samples, whatever
// was spoken before in this process. The child initialises eSpeak NG once, speaks on its
// only thread, streams samples and marks through a pipe as it produces them, and exits; it
// is never re-initialised. The caller consumes them meanwhile (encodes them, on another
// core), so neither process ever holds the whole recording.
#include <string_view>

#include "speech/synthesis_sink.h"

namespace handout::speech {

// Hands the samples and marks to `sink` as they arrive. Throws SpeechError when synthesis
// fails or the child process cannot run, or what the sink threw (the child is then stopped).
void synthesize(std::string_view ssml, std::string_view language, int rate_wpm,
                SynthesisSink& sink);

}  // namespace handout::speech
