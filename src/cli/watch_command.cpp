#include "cli/watch_command.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <stdexcept>

#include "cli/build_command.h"

namespace handout::cli {

namespace {

constexpr std::uint32_t watched_events =
    IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE | IN_ATTRIB;
// Editors save in bursts (write a temporary file, rename it, touch it); wait for quiet.
constexpr int quiet_milliseconds = 150;

class Inotify {
 public:
  Inotify() : fd_(::inotify_init1(IN_CLOEXEC)) {
    if (fd_ < 0) throw std::runtime_error(std::string("inotify: ") + std::strerror(errno));
  }
  ~Inotify() { ::close(fd_); }
  Inotify(const Inotify&) = delete;
  Inotify& operator=(const Inotify&) = delete;

  void watch(const std::filesystem::path& folder) {
    if (::inotify_add_watch(fd_, folder.c_str(), watched_events) < 0)
      throw std::runtime_error(folder.string() + ": cannot watch: " + std::strerror(errno));
  }

  // Waits up to `timeout_ms` (-1: forever) for events and drains them; true if any came.
  bool wait(int timeout_ms) {
    pollfd entry{fd_, POLLIN, 0};
    const int ready = ::poll(&entry, 1, timeout_ms);
    if (ready <= 0) return false;
    alignas(inotify_event) char buffer[1 << 14];
    while (::read(fd_, buffer, sizeof buffer) < 0 && errno == EINTR) {
    }
    return true;
  }

 private:
  int fd_;
};

}  // namespace

ExitCode run_watch(const BuildOptions& options) {
  Inotify inotify;
  inotify.watch(options.content);
  inotify.watch(options.content / "handouts");
  run_build(options);
  std::cout << "watching " << options.content.string() << " for changes (Ctrl+C to stop)"
            << std::endl;
  for (;;) {
    inotify.wait(-1);
    while (inotify.wait(quiet_milliseconds)) {
    }
    run_build(options);
  }
}

}  // namespace handout::cli
