#pragma once
// How hard a handout is to read: the clinic's target (clinic.xml <plain-language>) and the
// figure a build records for each handout (the manifest, the index). The formulas are in
// src/plain.
#include <optional>
#include <string>
#include <vector>

#include "model/location.h"

namespace handout::model {

// The INFLESZ scale (Barrio-Cantalejo et al., 2008) of the Flesch-Szigriszt score of Spanish
// texts, from hardest to easiest: below 40, 40–55, 55–65, 65–80, 80 and above.
enum class InfleszBand { very_hard, somewhat_hard, normal, fairly_easy, very_easy };

// A word a clinic would rather not print, and the plain words to use instead.
struct PlainWord {
  std::string lang;  // xml:lang as written; empty: the clinic's language
  std::string word;  // "ambulate"
  std::string use;   // "walk"
  Location at;
  friend bool operator==(const PlainWord&, const PlainWord&) = default;
};

struct PlainLanguageTarget {
  double grade = 8;  // English: the highest reading grade (Flesch-Kincaid and SMOG)
  InfleszBand inflesz = InfleszBand::fairly_easy;  // Spanish: the hardest band allowed
  std::vector<PlainWord> words;  // the clinic's own, besides the list the tool ships
  Location at;                   // of <plain-language>, when given
  friend bool operator==(const PlainLanguageTarget&, const PlainLanguageTarget&) = default;
};

// One handout's headline figure: a school grade (English) or an INFLESZ score (Spanish).
struct ReadingLevel {
  enum class Scale { grade, inflesz };
  Scale scale = Scale::grade;
  double value = 0;
  friend bool operator==(const ReadingLevel&, const ReadingLevel&) = default;
};

// The band of an INFLESZ score, and its name as the scale's authors wrote it ("bastante
// fácil").
InfleszBand inflesz_band(double score);
std::string inflesz_name(InfleszBand band);
std::optional<InfleszBand> inflesz_band_named(const std::string& name);

}  // namespace handout::model
