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

TEST_CASE("a sentence the recording has no time for is an error") {
  const epub::ContentDocument document{"s1.xhtml", "T", "", {"u4-s1"}};
  CHECK_THROWS_AS(epub::make_overlay(document, {}, "audio/x.mp3"), std::invalid_argument);
}

}  // namespace handout::test
