#pragma once
// A Media Overlay (SMIL 3) for one content document: a <par> per spoken sentence, whose
// <text> points at the sentence's element and whose <audio> clip is its place in the MP3.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "epub/book.h"

namespace handout::epub {

struct Overlay {
  std::string name;  // "s1.smil"
  std::string smil;
  std::int64_t duration = 0;  // milliseconds: the sum of its clips
};

// The recording tiled by its sentences (in reading order, each `begin` its mark): a clip runs
// from its sentence's mark to the next sentence's, so that it keeps the pause after its
// sentence; the first starts at 0 and the last ends at `duration`, the recording's length. So
// every moment of the recording is one clip's, and the clips' durations add up to it exactly.
// Throws std::invalid_argument when there are no clips or the marks go backwards or past the
// end.
std::vector<Clip> tile(std::vector<Clip> clips, std::int64_t duration);

// Throws std::invalid_argument naming a sentence of the document that has no clip.
Overlay make_overlay(const ContentDocument& document, const std::map<std::string, Clip>& clips,
                     std::string_view audio_href);

// "s1.xhtml" -> "s1.smil".
std::string overlay_name(std::string_view document_name);

}  // namespace handout::epub
