// A handout's reading level from its sentences and a table of syllables (as eSpeak NG would
// count them), and the advice `check` gives.
#include "plain/measure.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "read_sample.h"

namespace {

using namespace handout;

struct Measured {
  model::Handout handout;
  std::vector<plain::PrintedSentence> sentences;
};

// `body` read inside a section: its heading on line 3, the body from line 4.
Measured measured(const std::string& body) {
  const testing::ReadResult read =
      testing::read_body("<section><heading>H</heading>\n" + body + "\n</section>");
  REQUIRE_MESSAGE(read.handout, read.report());
  return {*read.handout, plain::printed_sentences(*read.handout)};
}

// The syllables of the words these tests use, counted by hand.
const plain::SyllableTable hand_counted{{"Utilize", 3}, {"the", 1},   {"anterior", 4}, {"door", 1},
                                        {"Rest", 1},    {"a", 1},     {"word", 1},     {"Usa", 2},
                                        {"la", 1},      {"puerta", 2}};

std::vector<std::string> messages(const model::Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const model::Diagnostic& d : diagnostics) out.push_back(model::format(d));
  return out;
}

}  // namespace

TEST_CASE("An English handout's grade is the higher of Flesch-Kincaid and SMOG") {
  const Measured m = measured("<p>Utilize the anterior door. Rest.</p>");
  const plain::Reading reading = plain::measure(m.handout.lang, m.sentences, hand_counted);
  // 2 sentences, 5 words, 10 syllables, 2 of 3 or more.
  CHECK(reading.counts.sentences == 2);
  CHECK(reading.counts.words == 5);
  CHECK(reading.counts.syllables == 10);
  CHECK(reading.counts.polysyllables == 2);
  // 0.39 × 2.5 + 11.8 × 2 − 15.59 = 8.985; 1.043 × √30 + 3.1291 = 8.841846.
  CHECK(reading.flesch_kincaid == doctest::Approx(8.985));
  CHECK(reading.smog == doctest::Approx(8.841846));
  CHECK(reading.level.scale == model::ReadingLevel::Scale::grade);
  CHECK(reading.level.value == doctest::Approx(9.0));
  CHECK(plain::describe(reading, {}) ==
        "reading grade 9.0 (Flesch-Kincaid 9.0, SMOG 8.8; 2 sentences, 5 words; target 8 or "
        "lower)");
}

TEST_CASE("A Spanish handout is read on the INFLESZ scale") {
  const testing::ReadResult read = testing::read_text(
      "<handout id=\"sample\" lang=\"es\">\n<title>T</title>\n<section><heading>H</heading>\n"
      "<p>Usa la puerta anterior.</p>\n</section>\n</handout>\n");
  REQUIRE_MESSAGE(read.handout, read.report());
  const auto sentences = plain::printed_sentences(*read.handout);
  const plain::Reading reading = plain::measure(read.handout->lang, sentences, hand_counted);
  // 1 sentence, 4 words, 9 syllables: 206.835 − 62.3 × 2.25 − 4 = 62.66 (normal);
  // Fernández-Huerta 206.84 − 0.6 × 225 − 1.02 × 25 = 46.34.
  CHECK(reading.szigriszt == doctest::Approx(62.66));
  CHECK(reading.fernandez_huerta == doctest::Approx(46.34));
  CHECK(reading.level.scale == model::ReadingLevel::Scale::inflesz);
  CHECK(plain::level_text(reading.level) == "62.7 (normal)");
  CHECK(plain::above_target(reading.level, {}));  // the default is "bastante fácil"
  model::PlainLanguageTarget normal;
  normal.inflesz = model::InfleszBand::normal;
  CHECK_FALSE(plain::above_target(reading.level, normal));
}

TEST_CASE("The advice points at the level the long sentences and the words with plain ones") {
  const Measured m = measured(
      "<p>Utilize the anterior door.</p>\n"
      "<p>a word a word a word a word a word a word a word a word a word a word a word.</p>");
  const plain::Reading reading = plain::measure(m.handout.lang, m.sentences, hand_counted);
  plain::PlainWords words;
  words.add("utilize", "use");
  words.add("anterior", "front");
  words.add("door", "way in");  // one syllable: never pointed at
  model::PlainLanguageTarget target;
  target.grade = 1;
  CHECK(messages(
            plain::reading_advice(m.handout, m.sentences, hand_counted, reading, words, target)) ==
        std::vector<std::string>{
            "sample.xml:1:1: warning: reading grade " + plain::level_text(reading.level) +
                " is above the clinic's target (grade 1); shorten the long sentences and use "
                "shorter words (see below)",
            "sample.xml:4:4: warning: \"Utilize\" (3 syllables) has plainer words: \"use\"",
            "sample.xml:4:16: warning: \"anterior\" (4 syllables) has plainer words: \"front\"",
            "sample.xml:5:4: warning: a sentence of 22 words; split it into sentences of 20 "
            "words or fewer"});
}

TEST_CASE("A handout at or below the target gets no warning about its level") {
  const Measured m = measured("<p>Rest.</p>");
  const plain::Reading reading = plain::measure(m.handout.lang, m.sentences, hand_counted);
  CHECK(plain::reading_advice(m.handout, m.sentences, hand_counted, reading, {}, {}).empty());
}

TEST_CASE("Each word is counted once in the order it first appears") {
  const Measured m = measured("<p>Rest the door. Rest.</p>");
  CHECK(plain::words_to_count(m.sentences) == std::vector<std::string>{"Rest", "the", "door"});
}
