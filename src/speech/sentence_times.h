#pragma once
// Sentence clips from the synthesizer's mark events, for read-along highlighting. Pure.
#include <span>
#include <string>
#include <vector>

#include "speech/audio_writer.h"
#include "speech/synthesis_sink.h"

namespace handout::speech {

// Each sentence begins at its own mark and ends at the next mark of any kind the synthesizer
// reached (a sentence's or a chapter's), or at `duration_seconds` for the last: in reading
// order, never overlapping. A
// clip keeps the pause after its sentence (eSpeak NG reports no event where speech stops).
// Throws SpeechError when a sentence's mark was not reached or marks go backwards.
std::vector<SentenceTime> sentence_times(std::span<const std::string> sentence_marks,
                                         std::span<const MarkTime> marks, double duration_seconds);

}  // namespace handout::speech
