#pragma once
// Where the synthesizer's output goes as it is produced: the sample rate first, then samples
// and mark events in the order the synthesizer reached them. Implementations may throw to
// stop the synthesis.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace handout::speech {

struct MarkTime {
  std::string name;
  int milliseconds = 0;  // from the start of the synthesized audio
};

class SynthesisSink {
 public:
  virtual ~SynthesisSink() = default;
  virtual void start(int sample_rate) = 0;  // once, before anything else
  virtual void samples(std::span<const std::int16_t> chunk) = 0;
  virtual void mark(const MarkTime& mark) = 0;
};

// A whole synthesis held in memory: for tests and small inputs.
struct Synthesis {
  std::vector<std::int16_t> samples;  // mono, 16-bit
  int sample_rate = 0;
  std::vector<MarkTime> marks;  // in the order the synthesizer reached them
};

class SynthesisCollector final : public SynthesisSink {
 public:
  void start(int sample_rate) override { result.sample_rate = sample_rate; }
  void samples(std::span<const std::int16_t> chunk) override {
    result.samples.insert(result.samples.end(), chunk.begin(), chunk.end());
  }
  void mark(const MarkTime& mark) override { result.marks.push_back(mark); }

  Synthesis result;
};

}  // namespace handout::speech
