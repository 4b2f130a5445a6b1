#include "os/inside_folder.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace handout::os {

namespace {

InsideFile::Problem problem_of(int error) {
  if (error == ENOENT || error == ENOTDIR) return InsideFile::Problem::missing;
  if (error == ELOOP) return InsideFile::Problem::link;
  return InsideFile::Problem::cannot_open;
}

InsideFile failed(int error) {
  InsideFile file;
  file.problem = problem_of(error);
  file.error = error;
  return file;
}

}  // namespace

InsideFile open_inside(const std::filesystem::path& folder, const std::filesystem::path& relative) {
  std::vector<std::string> parts;
  for (const auto& part : relative) parts.push_back(part.string());
  if (parts.empty()) return failed(ENOENT);
  if (relative.is_absolute() || std::ranges::any_of(parts, [](const std::string& part) {
        return part.empty() || part == "." || part == ".." || part.find('/') != std::string::npos;
      })) {
    InsideFile file;
    file.problem = InsideFile::Problem::outside;
    return file;
  }
  UniqueFd dir(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!dir) return failed(errno);
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    UniqueFd next(
        ::openat(dir.get(), parts[i].c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    // O_DIRECTORY | O_NOFOLLOW on a link to a folder gives ENOTDIR on Linux: tell it apart.
    if (!next) {
      const int error = errno;
      struct stat info {};
      if (::fstatat(dir.get(), parts[i].c_str(), &info, AT_SYMLINK_NOFOLLOW) == 0 &&
          S_ISLNK(info.st_mode))
        return failed(ELOOP);
      return failed(error);
    }
    dir = std::move(next);
  }
  InsideFile file;
  file.fd.reset(::openat(dir.get(), parts.back().c_str(),
                         O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (!file.fd) return failed(errno);
  struct stat info {};
  if (::fstat(file.fd.get(), &info) != 0) return failed(errno);
  if (!S_ISREG(info.st_mode)) {
    file.fd.reset();
    file.problem = InsideFile::Problem::not_regular;
    return file;
  }
  const int flags = ::fcntl(file.fd.get(), F_GETFL);
  if (flags != -1) ::fcntl(file.fd.get(), F_SETFL, flags & ~O_NONBLOCK);
  return file;
}

ReadBytes read_all(const UniqueFd& fd, std::size_t limit) {
  ReadBytes out;
  std::byte buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      out.problem = InsideFile::Problem::cannot_open;
      out.error = errno;
      return out;
    }
    if (n == 0) return out;
    if (out.bytes.size() + static_cast<std::size_t>(n) > limit) {
      out.problem = InsideFile::Problem::too_large;
      out.bytes.clear();
      return out;
    }
    out.bytes.insert(out.bytes.end(), buffer, buffer + n);
  }
}

}  // namespace handout::os
