#include "speech/chapter_times.h"

#include <algorithm>

#include "speech/speech_error.h"

namespace handout::speech {

namespace {

double start_of(const reading::ScriptChapter& chapter, std::span<const MarkTime> marks) {
  const auto found =
      std::ranges::find(marks, chapter.mark, [](const MarkTime& m) { return m.name; });
  if (found == marks.end()) {
    throw SpeechError("the synthesizer did not reach the start of \"" + chapter.title + '"');
  }
  return found->milliseconds / 1000.0;
}

}  // namespace

std::vector<Chapter> chapter_times(std::span<const reading::ScriptChapter> chapters,
                                   std::span<const MarkTime> marks, double duration_seconds) {
  std::vector<Chapter> out;
  for (const reading::ScriptChapter& chapter : chapters) {
    // The first chapter covers the recording from its very beginning.
    const double start = out.empty() ? 0.0 : start_of(chapter, marks);
    if (!out.empty() && start < out.back().start_seconds) {
      throw SpeechError("chapter \"" + chapter.title + "\" starts before the one it follows");
    }
    if (!out.empty()) out.back().end_seconds = start;
    out.push_back({chapter.id, chapter.title, start, duration_seconds});
  }
  if (!out.empty() && out.back().start_seconds > duration_seconds) {
    throw SpeechError("chapter \"" + out.back().title + "\" starts after the audio ends");
  }
  return out;
}

}  // namespace handout::speech
