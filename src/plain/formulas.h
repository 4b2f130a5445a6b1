#pragma once
// The readability formulas, from the counts of a text, as their authors published them:
// - Flesch-Kincaid grade (Kincaid et al., 1975): 0.39 words/sentence + 11.8 syllables/word
//   - 15.59;
// - SMOG grade (McLaughlin, 1969): 1.0430 sqrt(polysyllables × 30 / sentences) + 3.1291,
//   polysyllables being words of three syllables or more;
// - Fernández-Huerta (1959): 206.84 - 0.60 P - 1.02 F, P the syllables and F the sentences
//   per hundred words;
// - Flesch-Szigriszt (1993), read on the INFLESZ scale: 206.835 - 62.3 syllables/word -
//   words/sentence.
// The first two are US school grades (higher is harder); the last two are ease scores from 0
// to 100 (higher is easier).
#include <cstddef>

namespace handout::plain {

struct Counts {
  std::size_t sentences = 0;
  std::size_t words = 0;
  std::size_t syllables = 0;
  std::size_t polysyllables = 0;  // words of 3 syllables or more
  Counts& operator+=(const Counts& other);
};

// Each needs at least one sentence and one word (else 0).
double flesch_kincaid_grade(const Counts& counts);
double smog_grade(const Counts& counts);
double fernandez_huerta(const Counts& counts);
double szigriszt(const Counts& counts);

}  // namespace handout::plain
