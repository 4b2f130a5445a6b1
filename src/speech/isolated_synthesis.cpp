#include "speech/isolated_synthesis.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <functional>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "os/child_exit.h"
#include "os/fd_io.h"
#include "os/unique_fd.h"
#include "speech/batch_queue.h"
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
// As much waits between the threads when the synthesizer runs on one of this process's.
constexpr std::size_t queue_bytes = 1 << 20;

// The synthesizer's output as wire messages, handed on in batches of about batch_bytes: to a
// pipe in a child process, to the encoding thread in this one.
class BatchSink final : public SynthesisSink {
 public:
  using Deliver = std::function<void(std::string&)>;  // takes the batch, leaves it empty
  explicit BatchSink(Deliver deliver) : deliver_(std::move(deliver)) {
    batch_.reserve(2 * batch_bytes);
  }

  void start(int sample_rate) override { put_start(batch_, sample_rate); }
  void samples(std::span<const std::int16_t> chunk) override {
    put_samples(batch_, chunk);
    if (batch_.size() >= batch_bytes) flush();
  }
  void mark(const MarkTime& m) override { put_mark(batch_, m); }

  void flush() { deliver_(batch_); }
  std::string& batch() { return batch_; }

 private:
  Deliver deliver_;
  std::string batch_;
};

// Speaks into `sink`, and ends the stream with its end message or with what went wrong.
// Whether the last batch was delivered.
bool speak(BatchSink& sink, std::string_view ssml, std::string_view language, int rate_wpm) {
  try {
    synthesize_in_process(ssml, language, rate_wpm, sink);
    put_end(sink.batch());
    sink.flush();
    return true;
  } catch (const std::exception& e) {
    sink.batch().clear();
    put_failure(sink.batch(), e.what());
  }
  try {
    sink.flush();
    return true;
  } catch (const std::exception&) {
    return false;  // the reader is gone: it knows
  }
}

// Runs in the child: never returns.
[[noreturn]] void speak_and_exit(int fd, std::string_view ssml, std::string_view language,
                                 int rate_wpm) {
  BatchSink sink([fd](std::string& batch) {
    if (!os::write_all(fd, batch)) throw SpeechError("the parent stopped reading");
    batch.clear();
  });
  const bool sent = speak(sink, ssml, language, rate_wpm);
  // _exit: the parent's atexit handlers and buffers are not the child's to run or flush.
  ::_exit(sent ? 0 : 1);
}

std::string exit_problem(int status) {
  if (WIFSIGNALED(status)) {
    return "the synthesizer process was stopped by signal " + std::to_string(WTERMSIG(status));
  }
  return "the synthesizer process failed with exit code " + std::to_string(WEXITSTATUS(status));
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

// On a thread of this process, handing batches through a queue instead of a pipe.
void synthesize_on_thread(std::string_view ssml, std::string_view language, int rate_wpm,
                          SynthesisSink& sink) {
  BatchQueue queue(queue_bytes);
  std::thread speaker([&] {
    BatchSink batches([&](std::string& batch) {
      std::string next = queue.spare();
      next.reserve(2 * batch_bytes);
      if (!queue.push(std::exchange(batch, std::move(next))))
        throw SpeechError("the encoder stopped reading");
    });
    speak(batches, ssml, language, rate_wpm);
    queue.close();
  });
  // However the reading ends, the speaker is told to stop and is waited for.
  struct Join {
    BatchQueue& queue;
    std::thread& speaker;
    ~Join() {
      queue.stop();
      speaker.join();
    }
  } join{queue, speaker};
  WireReader reader;
  while (std::optional<std::string> batch = queue.pop()) {
    reader.feed(*batch, sink);
    queue.give_back(std::move(*batch));
  }
  if (!reader.complete()) throw SpeechError("the synthesizer stopped mid-answer");
}

// In a child process, through a pipe.
void synthesize_in_child(std::string_view ssml, std::string_view language, int rate_wpm,
                         SynthesisSink& sink) {
  std::array<int, 2> ends{};
  if (::pipe2(ends.data(), O_CLOEXEC) != 0)
    throw SpeechError("cannot open a pipe to the synthesizer");
  os::UniqueFd read_end(ends[0]);
  os::UniqueFd write_end(ends[1]);
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
    os::wait_for_child(child);
    throw;
  }
  const int status = os::wait_for_child(child);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw SpeechError(exit_problem(status));
  if (!complete) throw SpeechError("the synthesizer process stopped mid-answer");
}

}  // namespace

void synthesize(std::string_view ssml, std::string_view language, int rate_wpm, SynthesisSink& sink,
                SynthesisPlace place) {
  if (place == SynthesisPlace::this_process_once)
    synthesize_on_thread(ssml, language, rate_wpm, sink);
  else
    synthesize_in_child(ssml, language, rate_wpm, sink);
}

}  // namespace handout::speech
