#include "plain/formulas.h"

#include <cmath>

namespace handout::plain {

namespace {

bool measurable(const Counts& counts) {
  return counts.sentences > 0 && counts.words > 0;
}

double per_word(std::size_t n, const Counts& counts) {
  return static_cast<double>(n) / static_cast<double>(counts.words);
}

double words_per_sentence(const Counts& counts) {
  return static_cast<double>(counts.words) / static_cast<double>(counts.sentences);
}

}  // namespace

Counts& Counts::operator+=(const Counts& other) {
  sentences += other.sentences;
  words += other.words;
  syllables += other.syllables;
  polysyllables += other.polysyllables;
  return *this;
}

double flesch_kincaid_grade(const Counts& counts) {
  if (!measurable(counts)) return 0;
  return 0.39 * words_per_sentence(counts) + 11.8 * per_word(counts.syllables, counts) - 15.59;
}

double smog_grade(const Counts& counts) {
  if (!measurable(counts)) return 0;
  const double per_30 =
      static_cast<double>(counts.polysyllables) * 30.0 / static_cast<double>(counts.sentences);
  return 1.0430 * std::sqrt(per_30) + 3.1291;
}

double fernandez_huerta(const Counts& counts) {
  if (!measurable(counts)) return 0;
  const double p = 100.0 * per_word(counts.syllables, counts);
  const double f = 100.0 * per_word(counts.sentences, counts);
  return 206.84 - 0.60 * p - 1.02 * f;
}

double szigriszt(const Counts& counts) {
  if (!measurable(counts)) return 0;
  return 206.835 - 62.3 * per_word(counts.syllables, counts) - words_per_sentence(counts);
}

}  // namespace handout::plain
