#include "speech/isolated_synthesis.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <string>
#include <vector>

#include "speech/espeak_engine.h"
#include "speech/speech_error.h"
#include "speech/synthesis_wire.h"

namespace handout::speech {

namespace {

// The child sends its messages in writes of about this size: few system calls and context
// switches (a third of those of 32 KiB writes), and the parent still gets samples about every
// 6 s of audio, a tenth of a second of synthesis.
constexpr std::size_t batch_bytes = 1 << 18;
// A roomier pipe than the default 64 KiB lets the synthesizer run further ahead of the encoder.
constexpr int pipe_bytes = 1 << 20;

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

// In the child: the synthesizer's output, written to the pipe in batches.
class PipeSink final : public SynthesisSink {
 public:
  explicit PipeSink(int fd) : fd_(fd) { batch_.reserve(2 * batch_bytes); }

  void start(int sample_rate) override { put_start(batch_, sample_rate); }
  void samples(std::span<const std::int16_t> chunk) override {
    put_samples(batch_, chunk);
    if (batch_.size() >= batch_bytes) flush();
  }
  void mark(const MarkTime& m) override { put_mark(batch_, m); }

  void flush() {
    if (!write_all(fd_, batch_)) throw SpeechError("the parent stopped reading");
    batch_.clear();
  }
  std::string& batch() { return batch_; }

 private:
  int fd_;
  std::string batch_;
};

// Runs in the child: never returns.
[[noreturn]] void speak_and_exit(int fd, std::string_view ssml, std::string_view language,
                                 int rate_wpm) {
  PipeSink sink(fd);
  bool sent = false;
  try {
    synthesize_in_process(ssml, language, rate_wpm, sink);
    put_end(sink.batch());
    sink.flush();
    sent = true;
  } catch (const std::exception& e) {
    put_failure(sink.batch(), e.what());
    sent = write_all(fd, sink.batch());
  }
  // _exit: the parent's atexit handlers and buffers are not the child's to run or flush.
  ::_exit(sent ? 0 : 1);
}

std::string exit_problem(int status) {
  if (WIFSIGNALED(status)) {
    return "the synthesizer process was stopped by signal " + std::to_string(WTERMSIG(status));
  }
  return "the synthesizer process failed with exit code " + std::to_string(WEXITSTATUS(status));
}

int wait_for(pid_t child) {
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}

// Reads the child's messages until the pipe closes; the sink's work happens here, on this
// process's core, while the child keeps synthesizing. Whether the stream ended properly.
bool receive(int fd, SynthesisSink& sink) {
  WireReader reader;
  std::vector<char> buffer(1 << 18);
  for (;;) {
    const ssize_t n = ::read(fd, buffer.data(), buffer.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw SpeechError("cannot read from the synthesizer process");
    if (n == 0) break;
    reader.feed({buffer.data(), static_cast<std::size_t>(n)}, sink);
  }
  return reader.complete();
}

}  // namespace

void synthesize(std::string_view ssml, std::string_view language, int rate_wpm,
                SynthesisSink& sink) {
  std::array<int, 2> ends{};
  if (::pipe2(ends.data(), O_CLOEXEC) != 0)
    throw SpeechError("cannot open a pipe to the synthesizer");
  Fd read_end(ends[0]);
  Fd write_end(ends[1]);
  ::fcntl(read_end.get(), F_SETPIPE_SZ, pipe_bytes);  // a hint: the default size works too
  const pid_t child = ::fork();
  if (child < 0) throw SpeechError("cannot start the synthesizer process");
  if (child == 0) {
    read_end.reset();
    speak_and_exit(write_end.get(), ssml, language, rate_wpm);
  }
  write_end.reset();
  bool complete = false;
  try {
    complete = receive(read_end.get(), sink);
  } catch (...) {
    read_end.reset();  // the child's next write fails, and it exits
    wait_for(child);
    throw;
  }
  const int status = wait_for(child);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw SpeechError(exit_problem(status));
  if (!complete) throw SpeechError("the synthesizer process stopped mid-answer");
}

}  // namespace handout::speech
