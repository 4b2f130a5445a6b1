#pragma once
// A file opened to be read only when it is a regular file: a FIFO, a device or a folder under a
// content file's name is refused without waiting on it.
#include <filesystem>

#include "os/unique_fd.h"

namespace handout::os {

struct RegularFile {
  enum class Problem { none, missing, cannot_open, not_regular };
  UniqueFd fd;  // open for reading when `problem` is none
  Problem problem = Problem::none;
  int error = 0;  // errno, when the file could not be opened
};

// Opens `path` to read, following symbolic links (content may be linked in), with O_NONBLOCK so
// that opening a FIFO cannot wait for a writer, and keeps the descriptor only when fstat says
// it is a regular file (then O_NONBLOCK is cleared again).
RegularFile open_regular_file(const std::filesystem::path& path);

}  // namespace handout::os
