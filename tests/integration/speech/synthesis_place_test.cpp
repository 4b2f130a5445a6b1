// eSpeak NG on a thread of a process that synthesizes once (a build's worker) gives exactly
// what it gives in a child process, and stops when its caller stops reading. Each synthesis
// runs in a process forked for it, as a worker is: eSpeak NG is fresh there.
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>

#include "reading/script.h"
#include "sample_audio.h"
#include "sample_handout.h"
#include "speech/isolated_synthesis.h"
#include "speech/speech_error.h"

using namespace handout;
using speech::SynthesisPlace;

namespace {

// The samples (by FNV-1a hash and count) and the marks with their times.
struct Summary final : speech::SynthesisSink {
  void start(int sample_rate) override { text += "rate " + std::to_string(sample_rate) + "\n"; }
  void samples(std::span<const std::int16_t> chunk) override {
    for (const std::int16_t sample : chunk) {
      hash = (hash ^ static_cast<std::uint16_t>(sample)) * 1099511628211ULL;
      ++count;
    }
  }
  void mark(const speech::MarkTime& m) override {
    text += m.name + " at " + std::to_string(m.milliseconds) + " ms\n";
  }
  std::string finished() const {
    return text + std::to_string(count) + " samples, hash " + std::to_string(hash) + "\n";
  }

  std::string text;
  std::uint64_t hash = 14695981039346656037ULL;
  std::uint64_t count = 0;
};

// What `body` returns, or "error: " and what it threw, from a process forked for it.
std::string in_fresh_process(const std::function<std::string()>& body) {
  int ends[2];
  REQUIRE(::pipe(ends) == 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::close(ends[0]);
    std::string out;
    try {
      out = body();
    } catch (const std::exception& e) {
      out = std::string("error: ") + e.what();
    }
    const bool written = ::write(ends[1], out.data(), out.size()) == ssize_t(out.size());
    ::_exit(written ? 0 : 1);
  }
  ::close(ends[1]);
  std::string out;
  char buffer[4096];
  for (ssize_t n; (n = ::read(ends[0], buffer, sizeof buffer)) > 0;) out.append(buffer, n);
  ::close(ends[0]);
  int status = 0;
  ::waitpid(child, &status, 0);
  CHECK(WIFEXITED(status));
  return out;
}

const reading::Script& script() {
  static const reading::Script made =
      reading::build_script(testing::read_sample("hielo-y-calor"), testing::sample_lexicon());
  return made;
}

std::string summary(SynthesisPlace place) {
  Summary sink;
  speech::synthesize(script().ssml, "es", 150, sink, place);
  return sink.finished();
}

}  // namespace

TEST_CASE("on a thread of this process eSpeak NG gives the samples and marks of a child") {
  const std::string child = in_fresh_process([] { return summary(SynthesisPlace::child_process); });
  const std::string thread =
      in_fresh_process([] { return summary(SynthesisPlace::this_process_once); });
  REQUIRE(child.starts_with("rate 22050\n"));
  CHECK(child.find("chapter-") != std::string::npos);
  CHECK(thread == child);
}

TEST_CASE("a caller that stops reading stops the synthesizer's thread and gets its own error") {
  struct Impatient final : speech::SynthesisSink {
    void start(int) override {}
    void samples(std::span<const std::int16_t> chunk) override {
      taken += chunk.size();
      if (taken > 22050) throw std::runtime_error("enough after a second");
    }
    void mark(const speech::MarkTime&) override {}
    std::size_t taken = 0;
  };
  const std::string out = in_fresh_process([] {
    Impatient sink;
    speech::synthesize(script().ssml, "es", 150, sink, SynthesisPlace::this_process_once);
    return std::string("finished");
  });
  CHECK(out == "error: enough after a second");
}

TEST_CASE("a second synthesis in a process whose thread spoke is refused") {
  for (const SynthesisPlace then :
       {SynthesisPlace::this_process_once, SynthesisPlace::child_process}) {
    const std::string out = in_fresh_process([then] {
      summary(SynthesisPlace::this_process_once);
      return summary(then);
    });
    CHECK(out.starts_with("error: "));
    CHECK(out.find("already spoken in this process") != std::string::npos);
  }
}
