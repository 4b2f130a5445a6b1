// Which text the formulas measure, and how it is cut into sentences and words.
#include "plain/printed_text.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "read_sample.h"

namespace {

using handout::plain::PrintedSentence;

// The sentences of `body`, read inside a section: its heading on line 3, the body from line 4.
std::vector<PrintedSentence> sentences_of(const std::string& body,
                                          const std::string& after_section = "") {
  const handout::testing::ReadResult read = handout::testing::read_body(
      "<section><heading>H</heading>\n" + body + "\n</section>" + after_section);
  REQUIRE_MESSAGE(read.handout, read.report());
  return handout::plain::printed_sentences(*read.handout);
}

std::vector<std::string> words_of(const PrintedSentence& sentence) {
  std::vector<std::string> out;
  for (const handout::plain::Word& word : sentence.words) out.push_back(word.text);
  return out;
}

}  // namespace

TEST_CASE("A paragraph is measured sentence by sentence and the title and headings are not") {
  const auto sentences = sentences_of(
      "<section><heading>Before surgery</heading>\n"
      "<p>Stop eating at midnight. Do you take a blood thinner? Tell us!</p></section>");
  REQUIRE(sentences.size() == 3);
  CHECK(words_of(sentences[0]) == std::vector<std::string>{"Stop", "eating", "at", "midnight"});
  CHECK(sentences[1].words.size() == 6);
  CHECK(words_of(sentences[2]) == std::vector<std::string>{"Tell", "us"});
}

TEST_CASE("Each item of a list and each step is a sentence of its own") {
  const auto sentences = sentences_of(
      "<p>Bring these:</p>\n<list><item>your medicines</item><item>your glasses</item></list>\n"
      "<steps><step>Sit down.</step><step>Lift your leg</step></steps>");
  REQUIRE(sentences.size() == 5);
  CHECK(words_of(sentences[1]) == std::vector<std::string>{"your", "medicines"});
  CHECK(words_of(sentences[4]) == std::vector<std::string>{"Lift", "your", "leg"});
}

TEST_CASE("Phone numbers and units are left out and numbers and hyphenated words are words") {
  const auto sentences = sentences_of(
      "<p>Take 500 mg with a follow-up call to <phone>(207) 555-0100</phone> at 10mg.</p>");
  REQUIRE(sentences.size() == 1);
  std::string all;
  for (const std::string& word : words_of(sentences[0])) all += word + "|";
  INFO(all);
  CHECK(words_of(sentences[0]) == std::vector<std::string>{"Take", "500", "with", "a", "follow-up",
                                                           "call", "to", "at", "10"});
  CHECK(sentences[0].words[1].number);
  CHECK_FALSE(sentences[0].words[0].number);
}

TEST_CASE("Each word is located where it was written") {
  const auto sentences = sentences_of("<p>Rest your\n  bilateral knees.</p>");
  REQUIRE(sentences.size() == 1);
  CHECK(sentences[0].words[2].text == "bilateral");
  CHECK(sentences[0].words[2].at == handout::model::Location{5, 3});
  CHECK(sentences[0].at == handout::model::Location{4, 4});
}

TEST_CASE("The contact block is not measured") {
  const auto sentences = sentences_of("<p>Call us.</p>", "\n<contact/>");
  CHECK(sentences.size() == 1);
}
