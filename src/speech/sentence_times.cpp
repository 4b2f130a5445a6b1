#include "speech/sentence_times.h"

#include "speech/speech_error.h"

namespace handout::speech {

std::vector<SentenceTime> sentence_times(std::span<const std::string> sentence_marks,
                                         std::span<const MarkTime> marks, double duration_seconds) {
  std::vector<SentenceTime> out;
  std::size_t at = 0;  // the next mark event to look at
  for (const std::string& id : sentence_marks) {
    while (at < marks.size() && marks[at].name != id) ++at;
    if (at == marks.size())
      throw SpeechError("the synthesizer did not reach sentence mark \"" + id + '"');
    const double begin = marks[at].milliseconds / 1000.0;
    ++at;
    const double end = at < marks.size() ? marks[at].milliseconds / 1000.0 : duration_seconds;
    if (end < begin || (!out.empty() && begin < out.back().end_seconds))
      throw SpeechError("sentence mark \"" + id + "\" is out of order");
    out.push_back({id, begin, end});
  }
  if (!out.empty() && out.back().end_seconds > duration_seconds)
    throw SpeechError("sentence \"" + out.back().id + "\" ends after the audio ends");
  return out;
}

}  // namespace handout::speech
