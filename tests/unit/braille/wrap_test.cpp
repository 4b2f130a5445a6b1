// Filling lines: whole words, indents, centring, and the division of a word longer than a line.
#include "braille/wrap.h"

#include <doctest/doctest.h>

namespace handout::test {

namespace {

// BRF text, with "|" for a division mark (where the translator allows an address to be
// divided) and "~" for a second-choice one.
braille::Cells marked(const std::string& text) {
  braille::Cells out;
  for (const char c : text) {
    if (c == '|')
      out += braille::division_mark;
    else if (c == '~')
      out += braille::second_division_mark;
    else
      out += braille::from_brf(std::string(1, c));
  }
  return out;
}

std::vector<std::string> wrapped(const std::string& text, int first, int runover, int width) {
  std::vector<std::string> out;
  for (const braille::Cells& line : braille::wrap(marked(text), first, runover, width))
    out.push_back(braille::to_brf(line));
  return out;
}

}  // namespace

TEST_CASE("3-1: the first line starts at cell 3 and the others at cell 1") {
  const auto lines = wrapped("AAA BBB CCC DDD EEE", 2, 0, 10);
  CHECK(lines == std::vector<std::string>{"  AAA BBB", "CCC DDD", "EEE"});
}

TEST_CASE("1-3: the first line starts at cell 1 and the others at cell 3") {
  const auto lines = wrapped("_4 AAA BBB CCC", 0, 2, 10);
  CHECK(lines == std::vector<std::string>{"_4 AAA BBB", "  CCC"});
}

TEST_CASE("a line is filled to exactly its width and never beyond") {
  for (const int width : {20, 21, 33, 40}) {
    std::string text;
    for (int i = 1; i <= 60; ++i)
      text += std::string(static_cast<std::size_t>(i % 7 + 1), 'X') + ' ';
    std::size_t cells = 0;
    for (const std::string& line : wrapped(text, 2, 0, width)) {
      CHECK(line.size() <= static_cast<std::size_t>(width));
      CHECK(line.back() != ' ');
      for (const char c : line) cells += c == 'X';
    }
    CHECK(cells == 60 + [] {
      int n = 0;
      for (int i = 1; i <= 60; ++i) n += i % 7;
      return static_cast<std::size_t>(n);
    }());
  }
}

TEST_CASE("words are never divided when they fit on a line") {
  const auto lines = wrapped("ABCDEFGH ABCDEFGH ABCDEFGH", 0, 0, 12);
  CHECK(lines == std::vector<std::string>{"ABCDEFGH", "ABCDEFGH", "ABCDEFGH"});
}

TEST_CASE("a word longer than a line is divided with a hyphen") {
  const auto lines = wrapped("ABCDEFGHIJKLMNOPQRSTUVWXY", 0, 0, 10);
  CHECK(lines == std::vector<std::string>{"ABCDEFGHI-", "JKLMNOPQR-", "STUVWXY"});
}

TEST_CASE("a long address is divided only at its division marks and without a hyphen") {
  // "4" is dots 2-5-6 (UEB's dot), "_/" UEB's slash: the marks stand before each dot and after
  // each slash, as the translator puts them.
  const auto lines = wrapped("WWW|4EXAMPLE|4ORG_/|PATIENTS_/|HANDOUTS", 0, 0, 16);
  CHECK(lines == std::vector<std::string>{"WWW4EXAMPLE", "4ORG_/PATIENTS_/", "HANDOUTS"});
  for (const std::string& line : lines) CHECK_FALSE(line.ends_with('-'));
}

TEST_CASE("an address is divided after its hyphens only where no slash or dot fits the line") {
  const auto lines = wrapped("WWW|4ORTHOPEDIC-~REHAB-~ASSOC|4ORG", 0, 0, 20);
  CHECK(lines == std::vector<std::string>{"WWW", "4ORTHOPEDIC-REHAB-", "ASSOC4ORG"});
}

TEST_CASE("an address part longer than a line is cut at the line end without a hyphen") {
  const auto lines = wrapped("AB_/|RECOVERYGUIDEFORPATIENTS", 0, 0, 10);
  CHECK(lines == std::vector<std::string>{"AB_/", "RECOVERYGU", "IDEFORPATI", "ENTS"});
}

TEST_CASE("an address longer than a line starts on the line it follows and divides there") {
  const auto lines = wrapped("SEE WWW|4EXAMPLE|4ORG_/|KNEE_/|RECOVERY-GUIDE", 0, 0, 20);
  CHECK(lines == std::vector<std::string>{"SEE WWW4EXAMPLE", "4ORG_/KNEE_/", "RECOVERY-GUIDE"});
}

TEST_CASE("an address that fits on a line of its own is not divided") {
  const auto lines = wrapped("SEE THE PAGE WWW|4EXAMPLE|4ORG", 0, 0, 20);
  CHECK(lines == std::vector<std::string>{"SEE THE PAGE", "WWW4EXAMPLE4ORG"});
}

TEST_CASE("a word without division marks is hyphenated even where it holds dots 2-5-6 or 3-4") {
  // In contracted braille 2-5-6 and 3-4 are also letters' signs ("dd", "st"): only the
  // translator knows where an address's dots and slashes are.
  const auto lines = wrapped("AB/CD4EFGHIJKLMN", 0, 0, 10);
  CHECK(lines.front().ends_with('-'));
}

TEST_CASE("centred lines keep three blank cells at each side") {
  for (const braille::Cells& line :
       braille::centre(braille::from_brf("AAAA BBBB CCCC DDDD EEEE FFFF GGGG"), 20)) {
    const std::string text = braille::to_brf(line);
    const std::size_t left = text.find_first_not_of(' ');
    CHECK(left >= 3);
    const std::size_t right = 20 - text.size();
    CHECK(right >= left);  // centred, the odd cell on the right
    CHECK(right <= left + 1);
  }
}

TEST_CASE("a long word is never divided just after a capital or numeric indicator") {
  // ",": dot 6 (capital); "#": dots 3-4-5-6 (numeric indicator).
  const auto capital = wrapped("ABCDEFGH,IJKLMNOPQRS", 0, 0, 10);
  CHECK(capital == std::vector<std::string>{"ABCDEFGH-", ",IJKLMNOP-", "QRS"});
  const auto number = wrapped("ABCDEFG,#AJKLMNOPQRS", 0, 0, 10);
  CHECK(number.front() == "ABCDEFG-");
}

}  // namespace handout::test
