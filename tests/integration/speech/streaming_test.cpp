// The synthesizer's child process streams: the caller gets the samples in many small pieces
// as they are produced, never the whole recording at once.
#include <doctest/doctest.h>

#include <algorithm>

#include "reading/script.h"
#include "sample_audio.h"
#include "sample_handout.h"
#include "speech/isolated_synthesis.h"

using namespace handout;

namespace {

struct Pieces final : speech::SynthesisSink {
  void start(int sample_rate) override { rate = sample_rate; }
  void samples(std::span<const std::int16_t> chunk) override {
    ++count;
    total += chunk.size();
    largest = std::max(largest, chunk.size());
  }
  void mark(const speech::MarkTime& m) override { marks.push_back(m.name); }

  int rate = 0;
  std::size_t count = 0, total = 0, largest = 0;
  std::vector<std::string> marks;
};

}  // namespace

TEST_CASE("the synthesizer's samples and marks reach the caller in many small pieces") {
  const model::Handout handout = testing::read_sample("hielo-y-calor");
  const reading::Script script = reading::build_script(handout, testing::sample_lexicon());
  Pieces pieces;
  speech::synthesize(script.ssml, handout.lang.tag, 150, pieces);
  CHECK(pieces.rate == 22050);
  CHECK(pieces.total > std::size_t(60 * pieces.rate));  // minutes of speech
  CHECK(pieces.count > 100);
  CHECK(pieces.largest * 100 < pieces.total);
  // Every chapter's and every sentence's mark (the text's, the table of contents' and the
  // closing's), in the script's order, and no other.
  std::vector<std::string> chapters, sentences;
  for (const std::string& mark : pieces.marks)
    (mark.starts_with("chapter-") ? chapters : sentences).push_back(mark);
  REQUIRE(chapters.size() == script.chapters.size());
  for (std::size_t i = 0; i < script.chapters.size(); ++i)
    CHECK(chapters[i] == script.chapters[i].mark);
  CHECK(sentences == script.sentence_marks);
  CHECK(sentences.front() == "u1-s1");
  CHECK(sentences.back() == "closing-s4");  // the thanks, after the date and the other formats
}
