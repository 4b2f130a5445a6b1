#pragma once
// Pronunciation lexicon (a subset of W3C PLS 1.0): whole words spoken as an alias.
#include <string>
#include <vector>

#include "model/language_tag.h"
#include "model/location.h"

namespace handout::model {

struct Lexeme {
  std::vector<std::string> graphemes;  // written forms, matched as whole words
  std::string alias;                   // what the audio says instead
  Location at;
  friend bool operator==(const Lexeme&, const Lexeme&) = default;
};

struct Lexicon {
  std::string file;  // the path it was read from; empty when the content folder has none
  LanguageTag lang;  // xml:lang, BCP 47: it applies to handouts in this language only
  std::vector<Lexeme> lexemes;
  friend bool operator==(const Lexicon&, const Lexicon&) = default;
};

}  // namespace handout::model
