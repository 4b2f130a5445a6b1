#include "daisy/clock.h"

#include <cmath>
#include <cstdio>

namespace handout::daisy {

std::int64_t milliseconds(double seconds) {
  return static_cast<std::int64_t>(std::llround(seconds * 1000.0));
}

std::string seconds_value(std::int64_t ms) {
  char text[40];
  std::snprintf(text, sizeof text, "%lld.%03llds", static_cast<long long>(ms / 1000),
                static_cast<long long>(ms % 1000));
  return text;
}

std::string npt_value(std::int64_t ms) {
  return "npt=" + seconds_value(ms);
}

std::string hms_value(std::int64_t ms) {
  const long long seconds = (ms + 500) / 1000;
  char text[40];
  std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld", seconds / 3600, seconds / 60 % 60,
                seconds % 60);
  return text;
}

}  // namespace handout::daisy
