#pragma once
// The synthesizer's output as a stream of messages, to pass it from the synthesizer's child
// process to the parent through a pipe while it is being produced: the sample rate, then
// samples and marks in the synthesizer's order, then the end (or the error that stopped it).
// Pure.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "speech/synthesis_sink.h"

namespace handout::speech {

// Appends one message to `out`.
void put_start(std::string& out, int sample_rate);
void put_samples(std::string& out, std::span<const std::int16_t> samples);
void put_mark(std::string& out, const MarkTime& mark);
void put_end(std::string& out);
void put_failure(std::string& out, std::string_view message);

// Reads the stream in pieces of any size, as they come out of the pipe, and hands every
// complete message to a sink. Throws SpeechError with the child's message when it failed,
// and for malformed bytes.
class WireReader {
 public:
  // Returns true once the end message has been read.
  bool feed(std::string_view bytes, SynthesisSink& sink);
  // Whether the end message has been read, with nothing after it.
  bool complete() const { return ended_ && pending_.empty(); }
  // Throws SpeechError unless complete().
  void finish() const;

 private:
  std::size_t take_message(std::string_view bytes, SynthesisSink& sink);
  void deliver_samples(std::string_view data, SynthesisSink& sink);

  std::string pending_;                // the start of a message cut off by the end of a read
  std::vector<std::int16_t> aligned_;  // a message's samples, copied out to be aligned
  bool started_ = false;
  bool ended_ = false;
};

// A whole synthesis in one piece, and back (for tests).
std::string encode_synthesis(const Synthesis& synthesis);
std::string encode_failure(std::string_view message);
Synthesis decode_synthesis(std::string_view bytes);

}  // namespace handout::speech
