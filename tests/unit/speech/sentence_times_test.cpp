#include "speech/sentence_times.h"

#include <doctest/doctest.h>

#include "speech/speech_error.h"

using namespace handout::speech;

namespace {

const std::vector<std::string> ids{"u1-s1", "u2-s1", "u3-s1", "u3-s2"};

}  // namespace

TEST_CASE("a sentence runs from its mark to the next mark of any kind") {
  const std::vector<MarkTime> marks{{"chapter-0", 0},   {"u1-s1", 10},       {"u2-s1", 1500},
                                    {"contents", 2500}, {"chapter-1", 4000}, {"u3-s1", 4000},
                                    {"u3-s2", 6000}};
  const std::vector<SentenceTime> out = sentence_times(ids, marks, 8.25);
  REQUIRE(out.size() == 4);
  CHECK(out[0].id == "u1-s1");
  CHECK(out[0].begin_seconds == 0.01);
  CHECK(out[0].end_seconds == 1.5);
  CHECK(out[1].end_seconds == 2.5);  // the table of contents is no sentence's
  CHECK(out[2].begin_seconds == 4.0);
  CHECK(out[2].end_seconds == 6.0);
  CHECK(out[3].end_seconds == 8.25);
}

TEST_CASE("a sentence mark the synthesizer skipped or reported out of order is an error") {
  const std::vector<MarkTime> skipped{{"u1-s1", 0}, {"u2-s1", 100}, {"u3-s2", 900}};
  CHECK_THROWS_AS(sentence_times(ids, skipped, 2), SpeechError);
  const std::vector<MarkTime> swapped{{"u1-s1", 0}, {"u3-s1", 100}, {"u2-s1", 200}, {"u3-s2", 300}};
  CHECK_THROWS_AS(sentence_times(ids, swapped, 2), SpeechError);
  const std::vector<MarkTime> backwards{
      {"u1-s1", 0}, {"u2-s1", 500}, {"u3-s1", 400}, {"u3-s2", 900}};
  CHECK_THROWS_AS(sentence_times(ids, backwards, 2), SpeechError);
}
