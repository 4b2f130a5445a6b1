#pragma once
// A Synthesis (or the error that prevented it) as bytes, to pass it from the synthesizer's
// child process back to the parent through a pipe. Pure.
#include <string>
#include <string_view>

#include "speech/espeak_engine.h"

namespace handout::speech {

std::string encode_synthesis(const Synthesis& synthesis);
std::string encode_failure(std::string_view message);

// The Synthesis, or throws SpeechError with the child's message or for malformed bytes.
Synthesis decode_synthesis(std::string_view bytes);

}  // namespace handout::speech
