#include "cli/watch_command.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <set>
#include <stdexcept>
#include <string>

#include "cli/build_command.h"
#include "os/unique_fd.h"

namespace handout::cli {

namespace {

constexpr std::uint32_t watched_events =
    IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE | IN_ATTRIB;
// Editors save in bursts (write a temporary file, rename it, touch it); wait for quiet. While a
// save may be under way (a file created and not yet closed, one renamed away), the burst ends
// after `quiet_milliseconds` without events. Once a file's new contents are complete (closed
// after writing, or renamed into place) and no other file is still being written, what follows
// (its permissions set, an editor's backup deleted) comes from the editor's next few system
// calls, within a millisecond or two: `settle_milliseconds` without events ends the burst then.
// An event later than that only starts another build, which finds the handout unchanged.
constexpr int quiet_milliseconds = 150;
constexpr int settle_milliseconds = 30;

// What the events of one burst say so far.
struct Burst {
  bool saved = false;             // a file's new contents were completed
  std::set<std::string> writing;  // files created and not yet closed, by watch and name

  int quiet() const { return saved && writing.empty() ? settle_milliseconds : quiet_milliseconds; }

  void add(const inotify_event& event) {
    const std::string name =
        std::to_string(event.wd) + '/' + (event.len > 0 ? std::string(event.name) : "");
    if (event.mask & IN_CREATE) writing.insert(name);
    if (event.mask & (IN_CLOSE_WRITE | IN_MOVED_TO)) {
      writing.erase(name);
      saved = true;
    }
    if (event.mask & (IN_DELETE | IN_MOVED_FROM)) writing.erase(name);
  }
};

class Inotify {
 public:
  Inotify() : fd_(::inotify_init1(IN_CLOEXEC)) {
    if (!fd_) throw std::runtime_error(std::string("inotify: ") + std::strerror(errno));
  }

  void watch(const std::filesystem::path& folder) {
    if (::inotify_add_watch(fd_.get(), folder.c_str(), watched_events) < 0)
      throw std::runtime_error(folder.string() + ": cannot watch: " + std::strerror(errno));
  }

  // Waits up to `timeout_ms` (-1: forever) for events and adds those that came to `burst`;
  // true if any came.
  bool wait(int timeout_ms, Burst& burst) {
    pollfd entry{fd_.get(), POLLIN, 0};
    const int ready = ::poll(&entry, 1, timeout_ms);
    if (ready <= 0) return false;
    alignas(inotify_event) char buffer[1 << 14];
    ssize_t length = 0;
    while ((length = ::read(fd_.get(), buffer, sizeof buffer)) < 0 && errno == EINTR) {
    }
    for (ssize_t at = 0; at + static_cast<ssize_t>(sizeof(inotify_event)) <= length;) {
      const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
      burst.add(*event);
      at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
    }
    return true;
  }

 private:
  os::UniqueFd fd_;
};

}  // namespace

ExitCode run_watch(const BuildOptions& options) {
  Inotify inotify;
  inotify.watch(options.content);
  inotify.watch(options.content / "handouts");
  run_build(options);
  BuildOptions rebuild = options;  // what changed only, with the time
  rebuild.changes_only = true;
  std::cout << "watching " << options.content.string() << " for changes (Ctrl+C to stop)"
            << std::endl;
  for (;;) {
    Burst burst;
    inotify.wait(-1, burst);
    while (inotify.wait(burst.quiet(), burst)) {
    }
    run_build(rebuild);
  }
}

}  // namespace handout::cli
