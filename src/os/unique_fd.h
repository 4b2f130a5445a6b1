#pragma once
// A POSIX file descriptor with one owner, closed when its owner goes: a file being written, a
// pipe's end, a lock, an inotify instance. Move-only; -1 is "none".
#include <utility>

namespace handout::os {

class UniqueFd {
 public:
  UniqueFd() = default;
  // Takes `fd` (what open(), pipe2() or inotify_init1() gave, -1 on failure included).
  explicit UniqueFd(int fd) noexcept : fd_(fd) {}
  UniqueFd(UniqueFd&& other) noexcept : fd_(other.release()) {}
  UniqueFd& operator=(UniqueFd&& other) noexcept {
    reset(other.release());
    return *this;
  }
  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;
  ~UniqueFd() { reset(); }

  int get() const noexcept { return fd_; }
  explicit operator bool() const noexcept { return fd_ >= 0; }

  // Closes the descriptor held, if any, and holds `fd` instead.
  void reset(int fd = -1) noexcept;
  // Gives the descriptor up without closing it: to close it and see whether that failed, as a
  // writer must, `::close(file.release())`.
  int release() noexcept { return std::exchange(fd_, -1); }

 private:
  int fd_ = -1;
};

}  // namespace handout::os
