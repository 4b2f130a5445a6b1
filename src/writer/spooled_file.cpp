#include "writer/spooled_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <string>
#include <system_error>
#include <utility>

namespace handout::writer {

namespace {

std::filesystem::path new_file(const std::filesystem::path& folder, std::string_view name) {
  static std::atomic<unsigned> count{0};
  for (;;) {
    const std::filesystem::path path =
        folder / (std::string(name) + std::string(temporary_marker) + std::to_string(::getpid()) +
                  "-s" + std::to_string(count++));
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd >= 0) {
      ::close(fd);
      return path;
    }
    if (errno != EEXIST)
      throw std::filesystem::filesystem_error("cannot create", path,
                                              std::error_code(errno, std::generic_category()));
  }
}

}  // namespace

SpooledFile::SpooledFile(const std::filesystem::path& folder, std::string_view name)
    : path_(new_file(folder, name)) {}

SpooledFile::SpooledFile(SpooledFile&& other) noexcept : path_(std::exchange(other.path_, {})) {}

SpooledFile& SpooledFile::operator=(SpooledFile&& other) noexcept {
  if (this != &other) {
    if (!path_.empty()) ::unlink(path_.c_str());
    path_ = std::exchange(other.path_, {});
  }
  return *this;
}

// Once the command line has renamed the file into place, nothing is left here to remove.
SpooledFile::~SpooledFile() {
  if (!path_.empty()) ::unlink(path_.c_str());
}

}  // namespace handout::writer
