#pragma once
// What the tests of the `handout` program share: where it is, and a small handout.
#include <string>

namespace handout::testing {

inline const std::string handout_binary = HANDOUT_BINARY;

// A one-section handout, quick to synthesize.
inline std::string tiny_handout(const std::string& id,
                                const std::string& words = "Rest for a day.") {
  return "<handout id=\"" + id + "\" lang=\"en-US\">\n  <title>" + id +
         "</title>\n  <section>\n    <heading>Rest</heading>\n    <p>" + words +
         "</p>\n  </section>\n</handout>\n";
}

// A handout whose recording takes about a second to make, for tests that act mid-build.
inline std::string slow_handout(const std::string& id, const std::string& sentence) {
  std::string words;
  for (int i = 0; i < 60; ++i) words += sentence + " ";
  return tiny_handout(id, words);
}

}  // namespace handout::testing
