#pragma once
// A file opened by a relative path inside a folder, one component at a time and never through
// a symbolic link, so that a path written in content cannot leave the content folder.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "os/unique_fd.h"

namespace handout::os {

struct InsideFile {
  enum class Problem { none, missing, link, not_regular, cannot_open, too_large, outside };
  UniqueFd fd;  // open for reading when `problem` is none
  Problem problem = Problem::none;
  int error = 0;  // errno, for cannot_open
};

// Opens `relative` under `folder`. Every component is opened with O_NOFOLLOW; the last must be
// a regular file (a FIFO or a device is never read nor waited on). A path that is absolute or
// has an empty, "." or ".." component is refused as `outside` without opening anything, so
// that no caller can leave the folder by forgetting to check.
InsideFile open_inside(const std::filesystem::path& folder, const std::filesystem::path& relative);

// Reads at most `limit` bytes of an open file; `problem` is too_large when it holds more.
struct ReadBytes {
  std::vector<std::byte> bytes;
  InsideFile::Problem problem = InsideFile::Problem::none;
  int error = 0;
};
ReadBytes read_all(const UniqueFd& fd, std::size_t limit);

}  // namespace handout::os
