#pragma once
// Chapter times from the synthesizer's mark events. Pure.
#include <span>
#include <vector>

#include "reading/script.h"
#include "speech/audio_writer.h"
#include "speech/synthesis_sink.h"

namespace handout::speech {

// The first chapter starts at 0, every other one at its mark; each ends where the next one
// starts and the last ends at `duration_seconds`. Throws SpeechError when a mark was not reached or
// marks go backwards.
std::vector<Chapter> chapter_times(std::span<const reading::ScriptChapter> chapters,
                                   std::span<const MarkTime> marks, double duration_seconds);

}  // namespace handout::speech
