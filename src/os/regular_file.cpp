#include "os/regular_file.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <cerrno>

namespace handout::os {

RegularFile open_regular_file(const std::filesystem::path& path) {
  RegularFile file;
  file.fd.reset(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (!file.fd) {
    file.error = errno;
    file.problem =
        errno == ENOENT ? RegularFile::Problem::missing : RegularFile::Problem::cannot_open;
    return file;
  }
  struct stat info {};
  if (::fstat(file.fd.get(), &info) != 0) {
    file.error = errno;
    file.problem = RegularFile::Problem::cannot_open;
  } else if (!S_ISREG(info.st_mode)) {
    file.problem = RegularFile::Problem::not_regular;
  } else {
    const int flags = ::fcntl(file.fd.get(), F_GETFL);
    if (flags != -1) ::fcntl(file.fd.get(), F_SETFL, flags & ~O_NONBLOCK);
    return file;
  }
  file.fd.reset();
  return file;
}

}  // namespace handout::os
