#include "cli/output_lock.h"

#include <fcntl.h>
#include <sys/file.h>

#include <cerrno>
#include <iostream>
#include <system_error>

namespace handout::cli {

OutputLock::OutputLock(const std::filesystem::path& folder) {
  const std::filesystem::path path = folder / ".handout.lock";
  fd_.reset(::open(path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644));
  if (!fd_)
    throw std::filesystem::filesystem_error("cannot lock the output folder", path,
                                            std::error_code(errno, std::generic_category()));
  if (::flock(fd_.get(), LOCK_EX | LOCK_NB) == 0) return;
  std::cerr << "waiting for another build into " << folder.string() << " to finish\n";
  while (::flock(fd_.get(), LOCK_EX) != 0 && errno == EINTR) {
  }
}

}  // namespace handout::cli
