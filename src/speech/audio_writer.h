#pragma once
// The listening version of one handout: the SSML script, eSpeak NG synthesis, MP3 with
// ID3v2.4 chapters, and WAV on request.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/clinical_lexicon.h"
#include "model/diagnostic.h"
#include "model/handout.h"
#include "model/lexicon.h"
#include "speech/isolated_synthesis.h"

namespace handout::speech {

inline constexpr int min_rate_wpm = 80;
inline constexpr int max_rate_wpm = 450;

struct SpeechOptions {
  int rate_wpm = 150;  // --rate, min_rate_wpm to max_rate_wpm; phone numbers are slower still
  bool wav = false;    // also produce a WAV file
  // When set, the MP3 is written to this file (created or emptied;
  // never through a symbolic link) as it is encoded, and
  // Audio::mp3 stays empty: memory does not grow with the recording.
  std::filesystem::path mp3_file = {};
  // Where eSpeak NG runs (isolated_synthesis.h).
  SynthesisPlace place = SynthesisPlace::child_process;
};

// Chapters are flat and in reading order: "intro" (title to the first heading), then every
// section at any depth and the contact block. Each ends where the next starts; together
// they cover the whole recording.
struct Chapter {
  std::string id;     // "intro", the section id, or "contact"
  std::string title;  // the heading as printed (the handout's title for "intro")
  double start_seconds = 0;
  double end_seconds = 0;
};

// One sentence's clip (model/reading_order.h names it, e.g. "u7-s2"), in reading order.
struct SentenceTime {
  std::string id;
  double begin_seconds = 0;
  double end_seconds = 0;
};

struct Audio {
  std::string ssml;                // the exact script sent to the synthesizer
  std::string mp3;                 // the MP3 file's bytes, ID3v2.4 tag with chapters included
                                   // (empty when SpeechOptions::mp3_file took them)
  std::optional<std::string> wav;  // the WAV file's bytes, when asked for
  double duration_seconds = 0;
  std::vector<Chapter> chapters;
  std::vector<SentenceTime> sentences;  // see sentence_times.h
};

// eSpeak NG runs in a short-lived child process of each call (fork; initialised once there,
// on its only thread, never re-initialised), so the caller never holds its global state and
// the same input always gives the same bytes. The child streams its samples to this process,
// which encodes them as they come: two cores work on one handout, and neither process holds
// the recording's samples (only the MP3, and the WAV when asked for). Call from a single-threaded
// process (or one whose other threads hold no locks across fork). Throws model::Error located at
// the handout when it cannot be spoken, or when the rate is outside min/max_rate_wpm.
// `clinical`: the tool's clinical lexicon of the handout's language (or none), read after the
// clinic's `lexicon`.
Audio render_audio(const model::Handout& handout, const model::Lexicon& lexicon,
                   const model::ClinicalLexicon* clinical, const SpeechOptions& options);
Audio render_audio(const model::Handout& handout, const model::Lexicon& lexicon,
                   const SpeechOptions& options);

}  // namespace handout::speech
