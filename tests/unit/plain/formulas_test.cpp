// The formulas against figures worked out by hand from their published definitions.
#include "plain/formulas.h"

#include <doctest/doctest.h>

using handout::plain::Counts;

TEST_CASE(
    "Flesch-Kincaid grade is 0.39 words per sentence plus 11.8 syllables per word less 15.59") {
  // 20 words in 2 sentences (10 a sentence), 30 syllables (1.5 a word):
  // 0.39 × 10 + 11.8 × 1.5 − 15.59 = 3.9 + 17.7 − 15.59 = 6.01.
  const Counts counts{.sentences = 2, .words = 20, .syllables = 30, .polysyllables = 4};
  CHECK(handout::plain::flesch_kincaid_grade(counts) == doctest::Approx(6.01));
  // "The cat sat on the mat. It was a sunny day.": 2 sentences, 11 words, 12 syllables:
  // 0.39 × 5.5 + 11.8 × 12 / 11 − 15.59 = 2.145 + 12.872727 − 15.59 = −0.572273.
  CHECK(handout::plain::flesch_kincaid_grade({2, 11, 12, 0}) == doctest::Approx(-0.572273));
}

TEST_CASE("SMOG grade is 1.0430 times the root of polysyllables per 30 sentences plus 3.1291") {
  // 4 polysyllables in 2 sentences: 60 per 30 sentences; 1.0430 × √60 + 3.1291 = 11.208143.
  CHECK(handout::plain::smog_grade({2, 20, 30, 4}) == doctest::Approx(11.208143));
  // McLaughlin's own check: 30 sentences with 9 polysyllables (a square) gives 3 × 1.043 +
  // 3.1291 = 6.2581.
  CHECK(handout::plain::smog_grade({30, 300, 400, 9}) == doctest::Approx(6.2581));
  CHECK(handout::plain::smog_grade({30, 300, 300, 0}) == doctest::Approx(3.1291));
}

TEST_CASE("Fernandez-Huerta counts syllables and sentences per hundred words") {
  // 20 words, 30 syllables (P = 150), 2 sentences (F = 10): 206.84 − 90 − 10.2 = 106.64.
  CHECK(handout::plain::fernandez_huerta({2, 20, 30, 4}) == doctest::Approx(106.64));
  // 36 words, 72 syllables (P = 200), 3 sentences (F = 8.3333): 206.84 − 120 − 8.5 = 78.34.
  CHECK(handout::plain::fernandez_huerta({3, 36, 72, 0}) == doctest::Approx(78.34));
}

TEST_CASE("Flesch-Szigriszt is 206.835 less 62.3 syllables per word less words per sentence") {
  // 20 words, 30 syllables, 2 sentences: 206.835 − 93.45 − 10 = 103.385.
  CHECK(handout::plain::szigriszt({2, 20, 30, 4}) == doctest::Approx(103.385));
  // 36 words, 72 syllables, 3 sentences: 206.835 − 124.6 − 12 = 70.235.
  CHECK(handout::plain::szigriszt({3, 36, 72, 0}) == doctest::Approx(70.235));
}

TEST_CASE("A text without sentences or words measures 0") {
  CHECK(handout::plain::flesch_kincaid_grade({}) == 0);
  CHECK(handout::plain::smog_grade({0, 5, 5, 0}) == 0);
  CHECK(handout::plain::szigriszt({1, 0, 0, 0}) == 0);
}
