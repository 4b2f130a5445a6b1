#include <doctest/doctest.h>

#include "reading/lexicon_rules.h"

using namespace handout;
using reading::apply_lexicon;

namespace {

model::Lexicon sample_lexicon() {
  model::Lexicon lexicon;
  lexicon.lexemes.push_back({{"PT"}, "physical therapist", {}});
  lexicon.lexemes.push_back({{"PT’s", "PT's", "PTs"}, "physical therapists", {}});
  lexicon.lexemes.push_back({{"ME"}, "Maine", {}});
  lexicon.lexemes.push_back({{"dry needling"}, "dry kneedling", {}});
  return lexicon;
}

}  // namespace

TEST_CASE("lexicon graphemes are replaced as whole words") {
  const model::Lexicon lexicon = sample_lexicon();
  CHECK(apply_lexicon("Ask your PT.", lexicon) == "Ask your physical therapist.");
  CHECK(apply_lexicon("PT", lexicon) == "physical therapist");
  CHECK(apply_lexicon("(PT)", lexicon) == "(physical therapist)");
  CHECK(apply_lexicon("Anytown, ME 04000", lexicon) == "Anytown, Maine 04000");
  CHECK(apply_lexicon("try dry needling today", lexicon) == "try dry kneedling today");
}

TEST_CASE("the longest grapheme wins") {
  const model::Lexicon lexicon = sample_lexicon();
  CHECK(apply_lexicon("Generally, PT’s use it", lexicon) ==
        "Generally, physical therapists use it");
  CHECK(apply_lexicon("PT's and PTs", lexicon) == "physical therapists and physical therapists");
}

TEST_CASE("parts of words and other cases are left alone") {
  const model::Lexicon lexicon = sample_lexicon();
  for (const char* text : {"OPT", "PTA", "APT", "pt", "Pt", "ME2", "HOME", "me", "PTé", "éPT"}) {
    CHECK(apply_lexicon(text, lexicon) == text);
  }
}

TEST_CASE("an empty lexicon changes nothing") {
  CHECK(apply_lexicon("Ask your PT.", model::Lexicon{}) == "Ask your PT.");
}

TEST_CASE("a lexicon applies to handouts of its own language only") {
  model::Lexicon lexicon = sample_lexicon();
  lexicon.lang = {"en-US", {}};
  CHECK(reading::lexicon_applies(lexicon, "en-US"));
  CHECK(reading::lexicon_applies(lexicon, "en-GB"));
  CHECK(reading::lexicon_applies(lexicon, "EN"));
  CHECK_FALSE(reading::lexicon_applies(lexicon, "es"));
  CHECK_FALSE(reading::lexicon_applies(lexicon, "es-MX"));
  lexicon.lang = {};
  CHECK(reading::lexicon_applies(lexicon, "es"));
}

TEST_CASE("a handout's language picks its lexicon among one per language") {
  model::Lexicon english = sample_lexicon(), spanish;
  english.lang = {"en-US", {}};
  spanish.lang = {"es", {}};
  const std::vector<model::Lexicon> lexicons{english, spanish};
  CHECK(reading::lexicon_for(lexicons, {"en-GB", {}}) == &lexicons[0]);
  CHECK(reading::lexicon_for(lexicons, {"es-MX", {}}) == &lexicons[1]);
  CHECK(reading::lexicon_for(lexicons, {"es-419", {}}) == &lexicons[1]);
  CHECK(reading::lexicon_for(lexicons, {"fr", {}}) == nullptr);
}
