#pragma once
// The ID3v2.4 tag of the MP3, rendered with TagLib: title, artist, album, genre, language,
// the read-along page's address (WOAF, only when the clinic publishes),
// one CHAP frame per chapter (times in milliseconds, titles as embedded TIT2) and one
// top-level, ordered CTOC listing them all. Chapters are flat: nested sections are chapters
// of their own in reading order, so chapters never overlap.
#include <span>
#include <string>

#include "speech/audio_writer.h"

namespace handout::speech {

struct TagInfo {
  std::string title;
  std::string subtitle;  // may be empty
  std::string artist;    // the clinic
  std::string album;
  std::string language;  // ISO 639-2, e.g. "eng"
  std::string page;      // the read-along page (WOAF), when the clinic publishes; may be empty
  std::span<const Chapter> chapters;
};

// The tag's bytes, to be put in front of the MP3 frames.
std::string render_id3(const TagInfo& info);

}  // namespace handout::speech
