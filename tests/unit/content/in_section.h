#pragma once
// Blocks read inside one section, as the block readers' tests write them: the section's
// heading on line 4, the blocks from line 5 on.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "read_sample.h"

namespace handout::testing {

inline ReadResult read_in_section(const std::string& blocks) {
  return read_body("<section>\n<heading>H</heading>\n" + blocks + "\n</section>");
}

inline const model::Section& only_section(const ReadResult& result) {
  REQUIRE_MESSAGE(result.handout, result.report());
  return std::get<model::Section>(result.handout->body.front());
}

// The messages of blocks that must not read, as `handout check` prints them.
inline std::vector<std::string> errors_in_section(const std::string& blocks) {
  const ReadResult result = read_in_section(blocks);
  CHECK_FALSE(result.handout);
  return result.messages();
}

}  // namespace handout::testing
