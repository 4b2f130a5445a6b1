// The clips tile the recording: every moment belongs to one sentence, in order.
#include "daisy/clips.h"

#include <doctest/doctest.h>

#include <stdexcept>

namespace handout::test {

TEST_CASE("each clip runs from its sentence's mark to the next - from 0 to the recording's end") {
  const std::vector<daisy::Clip> clips =
      daisy::tile({{"u1-s1", 300, 900}, {"u2-s1", 1000, 1800}, {"u3-s1", 2500, 2900}}, 3200);
  REQUIRE(clips.size() == 3);
  CHECK(clips[0].begin == 0);
  CHECK(clips[0].end == 1000);
  CHECK(clips[1].begin == 1000);
  CHECK(clips[1].end == 2500);
  CHECK(clips[2].begin == 2500);
  CHECK(clips[2].end == 3200);
}

TEST_CASE("a recording without sentences or with marks that go backwards cannot be tiled") {
  CHECK_THROWS_AS(daisy::tile({}, 1000), std::invalid_argument);
  CHECK_THROWS_AS(daisy::tile({{"u1-s1", 0, 10}, {"u2-s1", 500, 600}, {"u3-s1", 400, 700}}, 900),
                  std::invalid_argument);
  CHECK_THROWS_AS(daisy::tile({{"u1-s1", 0, 10}, {"u2-s1", 500, 600}}, 400), std::invalid_argument);
}

}  // namespace handout::test
