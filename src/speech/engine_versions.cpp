#include "speech/engine_versions.h"

#include <espeak-ng/speak_lib.h>
#include <lame/lame.h>

namespace handout::speech {

std::string engine_versions() {
  // espeak_Info reads static strings only; it does not start the synthesizer.
  const char* data_path = nullptr;
  const char* espeak = espeak_Info(&data_path);
  return std::string("eSpeak NG ") + (espeak ? espeak : "?") + " (" +
         (data_path ? data_path : "?") + "); LAME " + get_lame_version();
}

}  // namespace handout::speech
