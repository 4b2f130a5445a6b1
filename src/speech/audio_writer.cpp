#include "speech/audio_writer.h"

namespace handout::speech {

Audio render_audio(const model::Handout& handout, const model::Lexicon&, const SpeechOptions&) {
  throw model::Error({handout.file, handout.at, "audio output is not implemented yet"});
}

}  // namespace handout::speech
