#pragma once
// The overlays of a built sample EPUB read back with pugixml: every clip in reading order, and
// what the script says from each mark to the next.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "built_samples.h"

namespace handout::test {

struct Par {
  std::string id;                  // the sentence id its text points at
  double begin = 0, end = 0;       // seconds
  std::filesystem::path document;  // the content document its text points into
};

// "h:mm:ss.fff" in seconds.
double clock_seconds(const std::string& clock);

// Every <par> of every overlay, in spine order.
std::vector<Par> pars(const BuiltSample& sample);

// The script's SSML from each mark to the next, by the mark's name.
std::map<std::string, std::string> spoken_parts(const std::string& ssml);

}  // namespace handout::test
