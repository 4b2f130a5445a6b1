#pragma once
// Synthesis from eSpeak NG's freshly initialised state, so that the same script always gives
// the same samples, whatever was spoken before: eSpeak NG speaks once in a process (a second
// synthesis in the same process throws). By default it speaks in a child process of its own,
// on its only thread, and streams samples and marks through a pipe as it produces them. A
// process that synthesizes once and then exits (a build's worker) may let it speak on a
// thread of its own instead, handing the same messages through a queue: that saves the
// child's start, its copy of this process's memory and the pipe's copies, about 4 % of a
// build's CPU time. Either way the caller consumes them meanwhile (encodes them, on another
// core), and nothing ever holds the whole recording.
#include <string_view>

#include "speech/synthesis_sink.h"

namespace handout::speech {

// Where eSpeak NG speaks.
enum class SynthesisPlace { child_process, this_process_once };

// Hands the samples and marks to `sink` as they arrive. Throws SpeechError when synthesis
// fails or the child process cannot run, or what the sink threw (the synthesizer is then
// stopped).
void synthesize(std::string_view ssml, std::string_view language, int rate_wpm, SynthesisSink& sink,
                SynthesisPlace place = SynthesisPlace::child_process);

}  // namespace handout::speech
