#include "content/source_text.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace handout {

TEST_CASE("a location counts code points from the start of its line in any order asked") {
  // Long lines of two-byte letters, asked from the end backwards: every column is still right.
  std::string text;
  for (int line = 0; line < 3; ++line) {
    for (int i = 0; i < 300; ++i) text += "é";
    text += '\n';
  }
  const content::SourceText source("t.xml", text);
  for (int line = 2; line >= 0; --line)
    for (int i = 299; i >= 0; i -= 7) {
      const std::size_t offset =
          static_cast<std::size_t>(line) * 601 + 2 * static_cast<std::size_t>(i);
      const model::Location at = source.locate(offset);
      CHECK(at.line == static_cast<std::uint32_t>(line + 1));
      CHECK(at.column == static_cast<std::uint32_t>(i + 1));
    }
  CHECK(source.locate(text.size()).line == 4);
  CHECK(source.locate(text.size()).column == 1);
}

TEST_CASE("a byte order mark is not counted in the first line's columns") {
  const content::SourceText source("t.xml", "\xEF\xBB\xBF<a>é</a>");
  CHECK(source.locate(3).column == 4);  // é
  CHECK(source.locate(5).column == 5);  // the < after é
}

}  // namespace handout
