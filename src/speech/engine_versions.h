#pragma once
// The versions of the synthesizer and the encoder, for the rebuild key: a new eSpeak NG or
// LAME may speak or encode the same script differently.
#include <string>

namespace handout::speech {

std::string engine_versions();  // "eSpeak NG 1.51 (…/espeak-ng-data); LAME 3.100"

}  // namespace handout::speech
