#include "speech/isolated_synthesis.h"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <string>

#include "speech/speech_error.h"
#include "speech/synthesis_wire.h"

namespace handout::speech {

namespace {

// A file descriptor closed when it goes out of scope.
class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { reset(); }
  int get() const { return fd_; }
  void reset() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_;
};

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

std::string read_all(int fd) {
  std::string out;
  std::array<char, 65536> buffer{};
  for (;;) {
    const ssize_t n = ::read(fd, buffer.data(), buffer.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return out;
    out.append(buffer.data(), static_cast<std::size_t>(n));
  }
}

// Runs in the child: never returns.
[[noreturn]] void speak_and_exit(int fd, std::string_view ssml, std::string_view language,
                                 int rate_wpm) {
  std::string answer;
  try {
    answer = encode_synthesis(synthesize_in_process(ssml, language, rate_wpm));
  } catch (const std::exception& e) {
    answer = encode_failure(e.what());
  }
  // _exit: the parent's atexit handlers and buffers are not the child's to run or flush.
  ::_exit(write_all(fd, answer) ? 0 : 1);
}

std::string exit_problem(int status) {
  if (WIFSIGNALED(status)) {
    return "the synthesizer process was stopped by signal " + std::to_string(WTERMSIG(status));
  }
  return "the synthesizer process failed with exit code " + std::to_string(WEXITSTATUS(status));
}

}  // namespace

Synthesis synthesize(std::string_view ssml, std::string_view language, int rate_wpm) {
  std::array<int, 2> ends{};
  if (::pipe(ends.data()) != 0) throw SpeechError("cannot open a pipe to the synthesizer");
  Fd read_end(ends[0]);
  Fd write_end(ends[1]);
  const pid_t child = ::fork();
  if (child < 0) throw SpeechError("cannot start the synthesizer process");
  if (child == 0) {
    read_end.reset();
    speak_and_exit(write_end.get(), ssml, language, rate_wpm);
  }
  write_end.reset();
  const std::string answer = read_all(read_end.get());
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw SpeechError(exit_problem(status));
  return decode_synthesis(answer);  // throws the child's own message when it failed
}

}  // namespace handout::speech
