#pragma once
// The text the formulas measure: the sentences a reader reads, as the formulas' authors count
// them (McLaughlin's SMOG rules, which the health literacy guides follow for Flesch-Kincaid
// too):
// - a sentence is a string of words ended by a full stop, "?" or "!" (ICU's sentence rules
//   for the handout's language, lang/sentences.h);
// - each item of a list, step or checklist item is a sentence of its own, ended or not (the
//   rule for a list after a colon: each part is counted as a sentence);
// - headings (the title, subtitle, sections' and exercises' names) end with no stop and
//   belong to no sentence, so they are not counted;
// - numbers are words, their syllables as they are read aloud; a hyphenated word is one word;
// - what is not prose is left out: phone numbers, e-mail and web addresses, the units after a
//   number ("10 mg": "mg"), words in another language (<lang>), the contact block (addresses,
//   hours), tables' cells, doses (the tool's words) and a picture's description (not printed: said
//   aloud and the alternative text); a caption is printed and measured.
// Pure: ICU (through lang) finds the sentences and words.
#include <string>
#include <vector>

#include "model/handout.h"
#include "model/location.h"

namespace handout::plain {

struct Word {
  std::string text;  // as printed: "Bilateral", "follow-up", "12"
  model::Location at;
  bool number = false;
};

struct PrintedSentence {
  std::vector<Word> words;  // never empty
  model::Location at;       // of its first character
};

// Every measured sentence of the handout, in reading order.
std::vector<PrintedSentence> printed_sentences(const model::Handout& handout);

}  // namespace handout::plain
