#include "speech/synthesis_wire.h"

#include <doctest/doctest.h>

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
