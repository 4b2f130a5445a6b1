#pragma once
// Serialises builds into one output folder: a second build waits for the first to finish
// instead of interleaving its files and its manifest with it.
#include <filesystem>

#include "os/unique_fd.h"

namespace handout::cli {

class OutputLock {
 public:
  // Blocks until the lock on `folder` is held; says so on stderr when it has to wait.
  explicit OutputLock(const std::filesystem::path& folder);
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;

 private:
  os::UniqueFd fd_;  // closing it releases the lock
};

}  // namespace handout::cli
