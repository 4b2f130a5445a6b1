#pragma once
// SMIL clock values for Media Overlays: clipBegin, clipEnd and media:duration.
#include <cstdint>
#include <string>

namespace handout::epub {

// Whole milliseconds, rounded to the nearest: the unit every clock value is written in, so that
// the overlays' durations add up exactly to the total.
std::int64_t milliseconds(double seconds);

// "h:mm:ss.fff" (a SMIL 3 full clock value), e.g. "0:01:05.250"; `ms` must not be negative.
std::string clock_value(std::int64_t ms);

}  // namespace handout::epub
