#pragma once
// The listening version of one handout: the SSML script, eSpeak NG synthesis, MP3 with
// ID3v2.4 chapters, and WAV on request.
#include <optional>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/handout.h"
#include "model/lexicon.h"

namespace handout::speech {

struct SpeechOptions {
  int rate_wpm = 150;  // --rate, 80 to 450
  bool wav = false;    // also produce a WAV file
};

struct Chapter {
  std::string id;     // the section id, or "contact"
  std::string title;  // the heading as printed
  double start_seconds = 0;
  double end_seconds = 0;
};

struct Audio {
  std::string ssml;                // the exact script sent to the synthesizer
  std::string mp3;                 // the MP3 file's bytes, tags included
  std::optional<std::string> wav;  // the WAV file's bytes, when asked for
  double duration_seconds = 0;
  std::vector<Chapter> chapters;
};

// Synthesis keeps eSpeak NG's global state: call from one thread of a process only.
// Throws model::Error when the handout cannot be spoken.
Audio render_audio(const model::Handout& handout, const model::Lexicon& lexicon,
                   const SpeechOptions& options);

}  // namespace handout::speech
