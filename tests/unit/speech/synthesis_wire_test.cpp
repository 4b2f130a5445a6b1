#include "speech/synthesis_wire.h"

#include <doctest/doctest.h>

#include <vector>

#include "speech/speech_error.h"

using namespace handout::speech;

TEST_CASE("a synthesis survives the trip through the pipe") {
  Synthesis in;
  in.sample_rate = 22050;
  in.samples = {0, 1, -1, 32767, -32768, 42};
  in.marks = {{"chapter-0", 0}, {"chapter-1", 1234}};
  const Synthesis out = decode_synthesis(encode_synthesis(in));
  CHECK(out.sample_rate == 22050);
  CHECK(out.samples == in.samples);
  REQUIRE(out.marks.size() == 2);
  CHECK(out.marks[1].name == "chapter-1");
  CHECK(out.marks[1].milliseconds == 1234);
}

TEST_CASE("the child's failure message reaches the parent") {
  CHECK_THROWS_WITH_AS(decode_synthesis(encode_failure("no voice for xx")), "no voice for xx",
                       SpeechError);
}

TEST_CASE("a cut-off or garbled answer is an error") {
  Synthesis in;
  in.sample_rate = 22050;
  in.samples = {1, 2, 3};
  const std::string bytes = encode_synthesis(in);
  CHECK_THROWS_AS(decode_synthesis(bytes.substr(0, bytes.size() - 1)), SpeechError);
  CHECK_THROWS_AS(decode_synthesis(bytes + "x"), SpeechError);
  CHECK_THROWS_AS(decode_synthesis(""), SpeechError);
  CHECK_THROWS_AS(decode_synthesis("garbage!"), SpeechError);
}

TEST_CASE("the stream is read in pieces of any size as they come") {
  std::string bytes;
  put_start(bytes, 22050);
  const std::vector<std::int16_t> first{1, 2, 3}, second{-4, 5};
  put_samples(bytes, first);
  put_mark(bytes, {"chapter-1", 20});
  put_samples(bytes, second);
  put_end(bytes);
  for (std::size_t piece : {std::size_t{1}, std::size_t{3}, std::size_t{7}, bytes.size()}) {
    CAPTURE(piece);
    SynthesisCollector collector;
    WireReader reader;
    bool ended = false;
    for (std::size_t at = 0; at < bytes.size(); at += piece) {
      CHECK_FALSE(ended);
      ended = reader.feed(std::string_view(bytes).substr(at, piece), collector);
    }
    CHECK(ended);
    CHECK(reader.complete());
    CHECK(collector.result.sample_rate == 22050);
    CHECK(collector.result.samples == std::vector<std::int16_t>{1, 2, 3, -4, 5});
    REQUIRE(collector.result.marks.size() == 1);
    CHECK(collector.result.marks[0].milliseconds == 20);
  }
}

TEST_CASE("samples reach the sink before the stream ends") {
  std::string bytes;
  put_start(bytes, 22050);
  const std::vector<std::int16_t> chunk{7, 8};
  put_samples(bytes, chunk);
  SynthesisCollector collector;
  WireReader reader;
  CHECK_FALSE(reader.feed(bytes, collector));
  CHECK(collector.result.samples == chunk);
  CHECK_FALSE(reader.complete());
  CHECK_THROWS_AS(reader.finish(), SpeechError);
}
