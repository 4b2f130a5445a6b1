#pragma once
// The recording cut into its sentences' clips, so that playing the book's clips in order plays
// the whole recording.
#include <cstdint>
#include <vector>

#include "daisy/book.h"

namespace handout::daisy {

// The recording tiled by its sentences (in reading order, each `begin` its mark): a clip runs
// from its sentence's mark to the next sentence's, keeping the pause after its sentence and
// whatever the recording says between two sentences; the first starts at 0 and the last ends at
// `duration`, the recording's length. So every moment of the recording is one clip's, and the
// clips' durations add up to it exactly. Throws std::invalid_argument when there are no clips
// or the marks go backwards or past the end.
std::vector<Clip> tile(std::vector<Clip> clips, std::int64_t duration);

}  // namespace handout::daisy
