#pragma once
// An exercise's dose in words, in the handout's language: a printed line and a spoken sentence.
// Counts agree by ICU's plural rules ("1 set", "2 sets"; "1 serie", "2 series").
#include <string>

#include "model/handout.h"
#include "model/language_tag.h"

namespace handout::lang {

// "Dose: 2 sets · 10 times · hold 5 seconds · 3 times a day · each side"
std::string dose_line(const model::Dose& dose, const model::LanguageTag& tag);

// "Do 2 sets of 10, holding each for 5 seconds, 3 times a day, on each side."
std::string dose_sentence(const model::Dose& dose, const model::LanguageTag& tag);

}  // namespace handout::lang
