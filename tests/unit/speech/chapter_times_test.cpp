#include "speech/chapter_times.h"

#include <doctest/doctest.h>

#include "speech/speech_error.h"

using namespace handout::speech;

namespace {

const std::vector<handout::reading::ScriptChapter> chapters{
    {"chapter-0", "intro", "Title"}, {"chapter-1", "a", "A"}, {"chapter-2", "contact", "Contact"}};

}  // namespace

TEST_CASE("chapters run from mark to mark and cover the whole recording") {
  const std::vector<MarkTime> marks{{"chapter-0", 12}, {"chapter-1", 4500}, {"chapter-2", 9000}};
  const std::vector<Chapter> out = chapter_times(chapters, marks, 12.5);
  REQUIRE(out.size() == 3);
  CHECK(out[0].id == "intro");
  CHECK(out[0].start_seconds == 0.0);
  CHECK(out[0].end_seconds == 4.5);
  CHECK(out[1].title == "A");
  CHECK(out[1].start_seconds == 4.5);
  CHECK(out[1].end_seconds == 9.0);
  CHECK(out[2].start_seconds == 9.0);
  CHECK(out[2].end_seconds == 12.5);
}

TEST_CASE("a mark the synthesizer skipped is an error") {
  const std::vector<MarkTime> marks{{"chapter-0", 0}, {"chapter-2", 9000}};
  CHECK_THROWS_AS(chapter_times(chapters, marks, 12.5), SpeechError);
}

TEST_CASE("marks out of order are an error") {
  const std::vector<MarkTime> marks{{"chapter-0", 0}, {"chapter-1", 9000}, {"chapter-2", 4500}};
  CHECK_THROWS_AS(chapter_times(chapters, marks, 12.5), SpeechError);
  const std::vector<MarkTime> late{{"chapter-0", 0}, {"chapter-1", 1000}, {"chapter-2", 13000}};
  CHECK_THROWS_AS(chapter_times(chapters, late, 12.5), SpeechError);
}
