#pragma once
// Clock values of DAISY 2.02: SMIL 1.0 clips and durations, and the "hh:mm:ss" of metadata.
#include <cstdint>
#include <string>

namespace handout::daisy {

// Whole milliseconds, rounded to the nearest.
std::int64_t milliseconds(double seconds);

// "12.345s": a SMIL 1.0 timecount value in seconds; `ms` must not be negative.
std::string seconds_value(std::int64_t ms);

// "npt=12.345s": a clip-begin or clip-end value.
std::string npt_value(std::int64_t ms);

// "01:02:03": hours, minutes and seconds, rounded to the nearest second, the syntax DAISY 2.02
// recommends for ncc:totalTime, ncc:totalElapsedTime and ncc:timeInThisSmil.
std::string hms_value(std::int64_t ms);

}  // namespace handout::daisy
