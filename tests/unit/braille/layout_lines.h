#pragma once
// Test support: a handout's braille pages on the fake translator, read as BRF lines.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "braille/layout.h"
#include "fake_translator.h"

namespace handout::test {

inline std::vector<braille::Page> fake_pages(const model::Handout& handout,
                                             braille::PageSize size = {}) {
  static const FakeTranslator fake;
  return braille::lay_out(handout, fake, size);
}

// Every text line of every page, page numbers left out.
inline std::vector<std::string> text_lines(const std::vector<braille::Page>& pages) {
  std::vector<std::string> out;
  for (const braille::Page& page : pages) {
    const std::vector<std::string> lines = brf_lines(page);
    out.insert(out.end(), lines.begin(), lines.end() - 1);
  }
  return out;
}

// The first line holding `text`; the test stops when there is none.
inline std::size_t index_of(const std::vector<std::string>& lines, const std::string& text) {
  const auto found = std::ranges::find_if(
      lines, [&](const std::string& line) { return line.find(text) != std::string::npos; });
  REQUIRE_MESSAGE(found != lines.end(), "no line holds " << text);
  return static_cast<std::size_t>(found - lines.begin());
}

inline std::size_t indent(const std::string& line) {
  return line.find_first_not_of(' ');
}

}  // namespace handout::test
