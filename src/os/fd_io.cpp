#include "os/fd_io.h"

#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstddef>

namespace handout::os {

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t wrote = ::write(fd, bytes.data(), bytes.size());
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(wrote));
  }
  return true;
}

std::string read_all(int fd) {
  std::string out;
  std::array<char, 1 << 14> piece{};
  for (;;) {
    const ssize_t got = ::read(fd, piece.data(), piece.size());
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return out;
    out.append(piece.data(), static_cast<std::size_t>(got));
  }
}

}  // namespace handout::os
