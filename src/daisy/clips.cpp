#include "daisy/clips.h"

#include <stdexcept>

namespace handout::daisy {

std::vector<Clip> tile(std::vector<Clip> clips, std::int64_t duration) {
  if (clips.empty()) throw std::invalid_argument("the recording has no sentences");
  clips.front().begin = 0;
  for (std::size_t i = 0; i < clips.size(); ++i) {
    clips[i].end = i + 1 < clips.size() ? clips[i + 1].begin : duration;
    if (clips[i].end < clips[i].begin)
      throw std::invalid_argument("sentence " + clips[i].id +
                                  " starts after the next one or after the recording ends");
  }
  return clips;
}

}  // namespace handout::daisy
