#include "cli/worker_pool.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <exception>
#include <stdexcept>
#include <vector>

namespace handout::cli {

namespace {

struct Worker {
  pid_t pid = -1;
  int fd = -1;  // read end of the worker's result pipe
  std::size_t index = 0;
  std::string received;
};

void write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

[[noreturn]] void run_child(int fd, std::size_t index,
                            const std::function<std::string(std::size_t)>& work) {
  int status = 0;
  try {
    write_all(fd, work(index));
  } catch (const std::exception& error) {
    write_all(fd, std::string("\0", 1) + error.what());
    status = 1;
  }
  ::close(fd);
  ::_exit(status);  // no atexit handlers or static destructors of the parent's state
}

Worker start(std::size_t index, const std::function<std::string(std::size_t)>& work) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0)
    throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  if (pid == 0) {
    ::close(fds[0]);
    run_child(fds[1], index, work);
  }
  ::close(fds[1]);
  return {pid, fds[0], index, {}};
}

WorkerOutcome finish(Worker& worker) {
  ::close(worker.fd);
  int status = 0;
  rusage usage{};
  while (::wait4(worker.pid, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  WorkerOutcome outcome;
  outcome.max_rss_kib = usage.ru_maxrss;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    outcome.completed = true;
    outcome.payload = std::move(worker.received);
  } else if (WIFSIGNALED(status)) {
    outcome.failure = "the worker was killed by signal " + std::to_string(WTERMSIG(status)) + " (" +
                      strsignal(WTERMSIG(status)) + ")";
  } else if (worker.received.starts_with('\0')) {
    outcome.failure = worker.received.substr(1);
  } else {
    outcome.failure = "the worker exited with status " + std::to_string(WEXITSTATUS(status));
  }
  return outcome;
}

// Reads what is available; returns false at end of file.
bool receive(Worker& worker) {
  char buffer[1 << 16];
  const ssize_t n = ::read(worker.fd, buffer, sizeof buffer);
  if (n < 0) return errno == EINTR || errno == EAGAIN;
  worker.received.append(buffer, static_cast<std::size_t>(n));
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
    for (const Worker& worker : running) fds.push_back({worker.fd, POLLIN, 0});
    if (::poll(fds.data(), fds.size(), -1) < 0 && errno != EINTR)
      throw std::runtime_error(std::string("poll: ") + std::strerror(errno));
    for (std::size_t i = running.size(); i-- > 0;) {
      if (fds[i].revents == 0 || receive(running[i])) continue;
      Worker worker = std::move(running[i]);
      running.erase(running.begin() + static_cast<std::ptrdiff_t>(i));
      done(worker.index, finish(worker));
    }
  }
}

}  // namespace handout::cli
