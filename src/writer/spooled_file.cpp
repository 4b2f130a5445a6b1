#include "writer/spooled_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <system_error>
#include <utility>

#include "os/temporary_file.h"
#include "os/unique_fd.h"

namespace handout::writer {

namespace {

[[noreturn]] void fail(const char* what, const std::filesystem::path& path, int error) {
  throw std::filesystem::filesystem_error(what, path,
                                          std::error_code(error, std::generic_category()));
}

}  // namespace

// The empty file is ours; its descriptor is closed as the CreatedFile goes.
SpooledFile::SpooledFile(const std::filesystem::path& folder)
    : path_(os::create_temporary(folder).path) {}

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

std::shared_ptr<const SpooledFile> spool(const std::filesystem::path& folder,
                                         std::string_view bytes) {
  auto file = std::make_shared<const SpooledFile>(folder);
  os::UniqueFd fd(::open(file->path().c_str(), O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC));
  if (!fd) fail("cannot open", file->path(), errno);
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd.get(), bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) fail("cannot write", file->path(), written < 0 ? errno : ENOSPC);
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  if (::close(fd.release()) != 0) fail("cannot close", file->path(), errno);
  return file;
}

}  // namespace handout::writer
