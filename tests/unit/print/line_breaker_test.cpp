// Line breaking and shaping: ragged right inside the width, words in order, long words split,
// emphasis bold, the fallback font, and the error for a character no font has.
#include "print/line_breaker.h"

#include <doctest/doctest.h>

#include "fake_measure.h"
#include "model/diagnostic.h"
#include "model_builders.h"
#include "print/text.h"

namespace handout::test {

namespace {

using print::Font;

std::vector<print::Line> lines_of(const model::Inlines& text, double width, double size = 18) {
  const FakeMeasure measure;
  const std::vector<int> nodes(text.size(), 1);
  return print::break_lines(print::shape(text, nodes, {size, false}, measure, "t.xml"), width,
                            measure);
}

std::string text_of(const print::Line& line) {
  std::string out;
  for (const print::Span& span : line.spans) out += span.glyphs.text;
  return out;
}

}  // namespace

TEST_CASE("lines fill up to the width keep the words in order and end with their space") {
  for (const double width : {100.0, 233.0, 468.0}) {
    CAPTURE(width);
    const std::string text = words(60);
    const std::vector<print::Line> lines = lines_of(runs(text), width);
    REQUIRE(lines.size() > 1);
    std::string joined;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      CHECK(lines[i].width <= width);
      const std::string t = text_of(lines[i]);
      CHECK(t.front() != ' ');
      if (i + 1 < lines.size()) {
        CHECK(t.back() == ' ');  // extracted text keeps the words apart
        // Greedy: the next line's first word would not have fitted.
        const std::string next = text_of(lines[i + 1]);
        const double next_word = static_cast<double>(next.find(' ')) * 0.5 * 18;
        CHECK(lines[i].width + 0.25 * 18 + next_word > width);
      }
      joined += t;
    }
    CHECK(joined == text);
    for (const print::Line& line : lines) {  // spans sit side by side
      double x = 0;
      for (const print::Span& span : line.spans) {
        CHECK(span.x == doctest::Approx(x));
        x += span.glyphs.width;
      }
    }
  }
}

TEST_CASE("a line ends at its ink - the space it breaks at is kept but takes no room") {
  // "aaaa bbbb" is 4 + 1 + 4 characters: 76.5 pt in 18 pt (a letter 9 pt, a space 4.5 pt).
  const double fits = 76.5;
  for (const double width : {fits, fits + 3, 100.0, 233.0}) {
    CAPTURE(width);
    const std::vector<print::Line> lines = lines_of(runs("aaaa bbbb cccc " + words(30)), width);
    REQUIRE(lines.size() > 1);
    for (const print::Line& line : lines) {
      const print::Span& last = line.spans.back();
      CHECK(last.x + last.glyphs.width == doctest::Approx(line.width));
      CHECK(line.width <= width);
    }
  }
  // Exactly as wide as its words: not broken before its last word, nor pushed past the width
  // by the space after it.
  const std::vector<print::Line> lines = lines_of(runs("aaaa bbbb cccc"), fits);
  REQUIRE(lines.size() == 2);
  CHECK(text_of(lines[0]) == "aaaa bbbb ");
  CHECK(lines[0].width == doctest::Approx(fits));
}

TEST_CASE("the space a line breaks at stays in its own node at the end of the ink") {
  // A link's words end the line; the space after them is the paragraph's.
  const FakeMeasure measure;
  const model::Inlines text = {{model::RunKind::text, "aaaa ", "", false, {1, 1}},
                               {model::RunKind::text, "bbbb", "", false, {1, 1}},
                               {model::RunKind::text, " cccc", "", false, {1, 1}}};
  const std::vector<int> nodes = {1, 2, 1};
  const std::vector<print::Line> lines =
      print::break_lines(print::shape(text, nodes, {18, false}, measure, "t.xml"), 76.5, measure);
  REQUIRE(lines.size() == 2);
  const print::Span& space = lines[0].spans.back();
  CHECK(space.glyphs.text == " ");
  CHECK(space.glyphs.node == 1);
  CHECK(space.x + space.glyphs.width == doctest::Approx(76.5));
  CHECK(text_of(lines[1]) == "cccc");
}

TEST_CASE("a word wider than the line is split inside the width after a slash when it can") {
  const std::string url = "https://www.example.org/a/very/long/path/that/does/not/fit/on/one/line";
  const std::vector<print::Line> lines = lines_of(runs("see " + url + " now"), 200);
  std::string joined;
  for (const print::Line& line : lines) {
    CHECK(line.width <= 200);
    joined += text_of(line);
  }
  CHECK(joined == "see " + url + " now");
  bool split_after_slash = false;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::string t = text_of(lines[i]);
    if (t.find("https") != std::string::npos || t.find("/") != std::string::npos)
      split_after_slash = split_after_slash || t.back() == '/';
  }
  CHECK(split_after_slash);
}

TEST_CASE("an address divides after a slash - else before a dot - never after one") {
  // At every width an address could meet: no line ends with a dot (it would read as a full
  // stop) or between the two slashes of "//", and where a slash fits the line ends after one.
  const std::string url = "https://www.example.org/handouts/low-back-exercises.html";
  int divided = 0;
  // From the width of its longest part ("www.example.org/", 16 characters of 9 pt) up.
  for (double width = 150; width <= 320; width += 3) {
    CAPTURE(width);
    const std::vector<print::Line> lines = lines_of(runs(url), width);
    std::string joined;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const std::string t = text_of(lines[i]);
      joined += t;
      if (i + 1 == lines.size()) continue;
      ++divided;
      CHECK_FALSE(t.ends_with("."));
      CHECK_FALSE((t.ends_with("/") && text_of(lines[i + 1]).starts_with("/")));
      bool slash_inside = false;  // a place after a slash the line could have ended at
      for (std::size_t j = 0; j + 1 < t.size(); ++j)
        slash_inside = slash_inside || (t[j] == '/' && t[j + 1] != '/');
      if (slash_inside) CHECK(t.back() == '/');
    }
    CHECK(joined == url);
  }
  CHECK(divided > 20);
  // Narrower, a part is divided too, still never after a dot: "…/low-back-exercises." then
  // "html", the example of issue 29, never.
  for (double width = 60; width <= 320; width += 1) {
    const std::vector<print::Line> lines = lines_of(runs(url), width);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i)
      CHECK_FALSE(text_of(lines[i]).ends_with("."));
  }
}

TEST_CASE("emphasis is bold never italic - a character the main font lacks uses the fallback") {
  const FakeMeasure measure;
  model::Inlines text = runs("plain ");
  text.push_back({model::RunKind::text, "strong", "", true, {1, 1}});
  text.push_back({model::RunKind::text, " a\u2192b", "", false, {1, 1}});
  const std::vector<int> nodes(text.size(), 3);
  const std::vector<print::Word> words = print::shape(text, nodes, {18, false}, measure, "t.xml");
  REQUIRE(words.size() == 3);
  CHECK(words[0].parts.front().font == Font::regular);
  CHECK(words[1].parts.front().font == Font::bold);
  REQUIRE(words[2].parts.size() == 3);
  CHECK(words[2].parts[0].font == Font::regular);
  CHECK(words[2].parts[1].font == Font::fallback_regular);
  CHECK(words[2].parts[1].text == "\u2192");
  CHECK(words[2].parts[2].font == Font::regular);
}

TEST_CASE("a character no font has is an error with its name and the run's file and line") {
  const FakeMeasure measure;
  const model::Inlines text = runs("fine \u4E00 not", 42);
  const std::vector<int> nodes(text.size(), 1);
  try {
    print::shape(text, nodes, {18, false}, measure, "odd.xml");
    FAIL("no error");
  } catch (const model::Error& error) {
    CHECK(error.diagnostic().file == "odd.xml");
    CHECK(error.diagnostic().at.line == 42);
    CHECK(error.diagnostic().message ==
          "the character \u4E00 (CJK UNIFIED IDEOGRAPH-4E00) cannot be printed: delete it or write "
          "it in words");
  }
}

}  // namespace handout::test
