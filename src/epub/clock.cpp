#include "epub/clock.h"

#include <cmath>
#include <cstdio>

namespace handout::epub {

std::int64_t milliseconds(double seconds) {
  return static_cast<std::int64_t>(std::llround(seconds * 1000.0));
}

std::string clock_value(std::int64_t ms) {
  const std::int64_t hours = ms / 3'600'000, minutes = ms / 60'000 % 60, secs = ms / 1000 % 60;
  char text[40];
  std::snprintf(text, sizeof text, "%lld:%02lld:%02lld.%03lld", static_cast<long long>(hours),
                static_cast<long long>(minutes), static_cast<long long>(secs),
                static_cast<long long>(ms % 1000));
  return text;
}

}  // namespace handout::epub
