#include "cli/worker_pool.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <exception>
#include <stdexcept>
#include <utility>
#include <vector>

#include "os/child_exit.h"
#include "os/fd_io.h"
#include "os/unique_fd.h"

namespace handout::cli {

namespace {

// A running child and the read end of its result pipe. Owning both, it kills and reaps the
// child if it is dropped before finish(), e.g. when a callback throws mid-batch, so no
// worker is ever left running or unreaped.
class Worker {
 public:
  Worker(pid_t pid, os::UniqueFd fd, std::size_t index)
      : pid_(pid), fd_(std::move(fd)), index_(index) {}
  Worker(Worker&& other) noexcept
      : pid_(std::exchange(other.pid_, -1)),
        fd_(std::move(other.fd_)),
        index_(other.index_),
        received_(std::move(other.received_)) {}
  Worker& operator=(Worker&& other) noexcept {
    if (this != &other) {
      abandon();
      pid_ = std::exchange(other.pid_, -1);
      fd_ = std::move(other.fd_);
      index_ = other.index_;
      received_ = std::move(other.received_);
    }
    return *this;
  }
  ~Worker() { abandon(); }

  int fd() const { return fd_.get(); }
  std::size_t index() const { return index_; }
  bool receive();          // reads what is available; false at end of file
  WorkerOutcome finish();  // closes the pipe and reaps the child

 private:
  void abandon() noexcept {
    fd_.reset();
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      os::wait_for_child(pid_);
    }
    pid_ = -1;
  }

  pid_t pid_;
  os::UniqueFd fd_;
  std::size_t index_;
  std::string received_;
};

[[noreturn]] void run_child(os::UniqueFd fd, std::size_t index,
                            const std::function<std::string(std::size_t)>& work) {
  int status = 0;
  try {
    os::write_all(fd.get(), work(index));
  } catch (const std::exception& error) {
    os::write_all(fd.get(), std::string("\0", 1) + error.what());
    status = 1;
  }
  fd.reset();
  ::_exit(status);  // no atexit handlers or static destructors of the parent's state
}

Worker start(std::size_t index, const std::function<std::string(std::size_t)>& work) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0)
    throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
  os::UniqueFd read_end(fds[0]);
  os::UniqueFd write_end(fds[1]);
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  if (pid == 0) {
    // The worker dies with the build: a `kill -9` of the build leaves nothing running, and
    // nothing holding the output folder's lock (the worker shares its descriptor). A parent
    // that died before this line is no longer our parent: then stop at once.
    if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || ::getppid() != parent) ::_exit(1);
    read_end.reset();
    run_child(std::move(write_end), index, work);
  }
  write_end.reset();
  return Worker(pid, std::move(read_end), index);
}

WorkerOutcome Worker::finish() {
  fd_.reset();
  int status = 0;
  rusage usage{};
  while (::wait4(pid_, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  pid_ = -1;
  WorkerOutcome outcome;
  outcome.max_rss_kib = usage.ru_maxrss;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    outcome.completed = true;
    outcome.payload = std::move(received_);
  } else if (WIFSIGNALED(status)) {
    outcome.failure = "the worker was killed by signal " + std::to_string(WTERMSIG(status)) + " (" +
                      strsignal(WTERMSIG(status)) + ")";
  } else if (received_.starts_with('\0')) {
    outcome.failure = received_.substr(1);
  } else {
    outcome.failure = "the worker exited with status " + std::to_string(WEXITSTATUS(status));
  }
  return outcome;
}

bool Worker::receive() {
  char buffer[1 << 16];
  const ssize_t n = ::read(fd_.get(), buffer, sizeof buffer);
  if (n < 0) return errno == EINTR || errno == EAGAIN;
  received_.append(buffer, static_cast<std::size_t>(n));
  return n > 0;
}

}  // namespace

void run_in_workers(std::size_t count, int parallel,
                    const std::function<std::string(std::size_t)>& work,
                    const std::function<void(std::size_t, WorkerOutcome)>& done) {
  const std::size_t limit = static_cast<std::size_t>(std::max(parallel, 1));
  std::vector<Worker> running;
  std::size_t next = 0;
  while (next < count || !running.empty()) {
    while (running.size() < limit && next < count) running.push_back(start(next++, work));
    std::vector<pollfd> fds;
    for (const Worker& worker : running) fds.push_back({worker.fd(), POLLIN, 0});
    if (::poll(fds.data(), fds.size(), -1) < 0 && errno != EINTR)
      throw std::runtime_error(std::string("poll: ") + std::strerror(errno));
    for (std::size_t i = running.size(); i-- > 0;) {
      if (fds[i].revents == 0 || running[i].receive()) continue;
      Worker worker = std::move(running[i]);
      running.erase(running.begin() + static_cast<std::ptrdiff_t>(i));
      const std::size_t index = worker.index();
      done(index, worker.finish());
    }
  }
}

}  // namespace handout::cli
