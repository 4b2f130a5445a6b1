#include "cli/output_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>

#include <cerrno>
#include <iostream>
#include <system_error>

#include "model/diagnostic.h"

namespace handout::cli {

OutputLock::OutputLock(const std::filesystem::path& folder) {
  const std::filesystem::path path = folder / ".handout.lock";
  // O_NONBLOCK: a FIFO planted under the lock's name is opened without waiting, then refused.
  fd_.reset(::open(path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644));
  if (!fd_)
    throw std::filesystem::filesystem_error("cannot lock the output folder", path,
                                            std::error_code(errno, std::generic_category()));
  struct stat info {};
  if (::fstat(fd_.get(), &info) != 0 || !S_ISREG(info.st_mode))
    throw model::Error({path.string(),
                        {},
                        "the lock is not a regular file (something else has its name); delete it "
                        "and build again"});
  if (::flock(fd_.get(), LOCK_EX | LOCK_NB) == 0) return;
  std::cerr << "waiting for another build into " << folder.string() << " to finish\n";
  while (::flock(fd_.get(), LOCK_EX) != 0 && errno == EINTR) {
  }
}

}  // namespace handout::cli
