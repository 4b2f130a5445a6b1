// Overlays: a <par> per sentence with its exact clip, durations that add up; clock values.
#include "epub/overlay.h"

#include <map>

#include "book_support.h"
#include "epub/clock.h"

namespace handout::test {

TEST_CASE("clock values are h:mm:ss.fff rounded to the millisecond") {
  CHECK(epub::clock_value(0) == "0:00:00.000");
  CHECK(epub::clock_value(65250) == "0:01:05.250");
  CHECK(epub::clock_value(3723004) == "1:02:03.004");
  CHECK(epub::milliseconds(1.2344) == 1234);
  CHECK(epub::milliseconds(1.2346) == 1235);
  CHECK(epub::milliseconds(345.5) == 345500);
}

TEST_CASE("an overlay has a par per sentence pointing at its span and its clip") {
  const epub::ContentDocument document{"s1.xhtml", "T", "", {"u4-s1", "u4-s2"}};
  const std::map<std::string, epub::Clip> clips{{"u4-s1", {"u4-s1", 1000, 2500}},
                                                {"u4-s2", {"u4-s2", 2500, 4125}},
                                                {"u9-s1", {"u9-s1", 9000, 9999}}};
  const epub::Overlay overlay = epub::make_overlay(document, clips, "audio/x.mp3");
  CHECK(overlay.name == "s1.smil");
  CHECK(overlay.duration == 3125);
  const pugi::xml_document smil = parse(overlay.smil);
  const pugi::xml_node seq = smil.child("smil").child("body");
  std::vector<std::string> texts, begins, ends;
  for (const pugi::xml_node& par : seq.children("par")) {
    texts.push_back(par.child("text").attribute("src").value());
    CHECK(std::string(par.child("audio").attribute("src").value()) == "audio/x.mp3");
    begins.push_back(par.child("audio").attribute("clipBegin").value());
    ends.push_back(par.child("audio").attribute("clipEnd").value());
  }
  CHECK(texts == std::vector<std::string>{"s1.xhtml#u4-s1", "s1.xhtml#u4-s2"});
  CHECK(begins == std::vector<std::string>{"0:00:01.000", "0:00:02.500"});
  CHECK(ends == std::vector<std::string>{"0:00:02.500", "0:00:04.125"});
}

TEST_CASE("the clips tile the recording from 0 to its end - each to the next sentence's mark") {
  const std::vector<epub::Clip> marks{
      {"u1-s1", 40, 900}, {"u2-s1", 1500, 2000}, {"contents-s1", 2600, 3000}};
  const std::vector<epub::Clip> clips = epub::tile(marks, 4321);
  REQUIRE(clips.size() == 3);
  CHECK(clips[0].id == "u1-s1");
  CHECK(clips[0].begin == 0);
  CHECK(clips[0].end == 1500);  // the pause after a sentence is its own
  CHECK(clips[1].begin == 1500);
  CHECK(clips[1].end == 2600);
  CHECK(clips[2].begin == 2600);
  CHECK(clips[2].end == 4321);  // the last runs to the recording's end
  CHECK_THROWS_AS(epub::tile({}, 100), std::invalid_argument);
  CHECK_THROWS_AS(epub::tile({{"a", 0, 0}, {"b", 500, 0}}, 400), std::invalid_argument);
  CHECK_THROWS_AS(epub::tile({{"a", 0, 0}, {"b", 500, 0}, {"c", 300, 0}}, 900),
                  std::invalid_argument);
}

TEST_CASE("a sentence the recording has no time for is an error") {
  const epub::ContentDocument document{"s1.xhtml", "T", "", {"u4-s1"}};
  CHECK_THROWS_AS(epub::make_overlay(document, {}, "audio/x.mp3"), std::invalid_argument);
}

}  // namespace handout::test
