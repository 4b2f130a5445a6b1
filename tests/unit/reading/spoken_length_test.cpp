// The recording's length is limited by what it speaks, not only by the printed words.
#include "reading/spoken_length.h"

#include <doctest/doctest.h>

#include <string>

#include "read_sample.h"

using namespace handout;

namespace {

model::Handout handout_of(const std::string& body) {
  testing::ReadResult read = testing::read_body(body);
  REQUIRE_MESSAGE(read.handout, read.report());
  return std::move(*read.handout);
}

// A section of `n` paragraphs "PT PT PT …", each `per` words.
std::string repeated_abbreviation(std::size_t n, std::size_t per) {
  std::string body = "<section><heading>H</heading>";
  for (std::size_t i = 0; i < n; ++i) {
    body += "<p>";
    for (std::size_t k = 0; k < per; ++k) body += "PT ";
    body += "</p>";
  }
  return body + "</section>";
}

model::Lexicon long_alias_lexicon() {
  model::Lexicon lexicon;
  lexicon.lexemes.push_back(
      {{"PT"},
       "the physical therapist who sees you every week at the clinic near your home and your "
       "work",
       {}});
  return lexicon;
}

}  // namespace

TEST_CASE("spoken words are the words between the tags of a script") {
  CHECK(reading::spoken_words("<speak><s>Two words</s><break time=\"1s\"/><s>and three "
                              "more</s></speak>") == 5);
  CHECK(reading::spoken_words("<s>a&amp;b</s>") == 1);
}

TEST_CASE("a handout of few printed words whose lexicon aliases speak too many is refused") {
  // 1,600 printed words, well under the reader's limit; each is said in 17 words.
  const model::Handout handout = handout_of(repeated_abbreviation(100, 16));
  CHECK_FALSE(reading::spoken_length_problem(handout, {}));
  const auto problem = reading::spoken_length_problem(handout, long_alias_lexicon());
  REQUIRE(problem);
  CHECK(problem->message.find("the recording would speak") == 0);
  CHECK(problem->message.find("the lexicon's aliases add") != std::string::npos);
  CHECK(problem->at.line == 1);
}

TEST_CASE("a handout within the limit has no spoken-length problem") {
  const model::Handout handout = handout_of(repeated_abbreviation(10, 10));
  CHECK_FALSE(reading::spoken_length_problem(handout, long_alias_lexicon()));
}
