// Clock values: SMIL clips to the millisecond, metadata to the nearest second.
#include "daisy/clock.h"

#include <doctest/doctest.h>

namespace handout::test {

TEST_CASE("seconds become whole milliseconds - rounded to the nearest") {
  CHECK(daisy::milliseconds(12.3454) == 12345);
  CHECK(daisy::milliseconds(12.3456) == 12346);
  CHECK(daisy::milliseconds(0.0) == 0);
}

TEST_CASE("a clip's begin and end are normal play time in seconds with three decimals") {
  CHECK(daisy::npt_value(0) == "npt=0.000s");
  CHECK(daisy::npt_value(12345) == "npt=12.345s");
  CHECK(daisy::npt_value(3'725'004) == "npt=3725.004s");
  CHECK(daisy::seconds_value(61'050) == "61.050s");
}

TEST_CASE("metadata times are hh:mm:ss - rounded to the nearest second") {
  CHECK(daisy::hms_value(0) == "00:00:00");
  CHECK(daisy::hms_value(59'499) == "00:00:59");
  CHECK(daisy::hms_value(59'500) == "00:01:00");
  CHECK(daisy::hms_value(3'725'004) == "01:02:05");
}

}  // namespace handout::test
