#pragma once
// Words the audio is unsure of, for `handout check`: a word no rule and no lexicon entry reads
// is left to eSpeak NG, which says it from its dictionary, by its spelling rules, or letter by
// letter when it cannot pronounce it. What eSpeak NG does with each word and whether the word
// is a plain word of the language (a spelling dictionary, in lower case or capitalised: "CALL")
// are asked of the libraries (speech/word_knowledge.h); this part decides and words the
// warning. Pure.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/location.h"

namespace handout::reading {

// A word the reader leaves to eSpeak NG, where it is printed.
struct WordAt {
  std::string word;  // as printed: "WBAT", "SpO2", "wks"
  std::string file;
  model::Location at;
  // The language it is said in when a stretch of the handout's text is in another one (a
  // <lang> run): its voice is asked about it. Empty: the handout's.
  std::string lang = {};
  // A word of five letters or more in a sentence written in capitals ("AGÍTESE ANTES DE
  // USAR"): a word eSpeak NG reads by its spelling rules is shouted, not an abbreviation.
  bool shouted = false;
};

// What the libraries know of a word.
struct WordKnowledge {
  bool plain = false;          // a word of the language's spelling dictionary ("call", "Lee")
  bool in_dictionary = false;  // eSpeak NG's own dictionary has the whole word
  bool spelled = false;        // eSpeak NG says some of its letters one by one
  // What eSpeak NG says, piece by piece: a letter ("W"), a digit, or a word said as written.
  std::vector<std::string> heard;
  std::string ipa;  // its phonemes, in IPA
};

// The knowledge of a word from eSpeak NG's translation trace (espeak_SetPhonemeTrace, the
// lines of `espeak-ng -X`: "Found: 'w' [d'Vb@Lju:]", "Translate 'bat'", "Unpronouncable?
// 'wbat'"), with whether it is plain and its IPA.
WordKnowledge knowledge_from_trace(std::string_view word, std::string_view trace, bool plain,
                                   std::string ipa);

// The warning about `word` ("\"PTA\" will be heard as …; to fix it, …"), or none when the
// audio reads it with confidence: a plain word or a word of eSpeak NG's dictionary never
// warns, in any case; a word eSpeak NG spells, wholly or in part, always does; a word it says
// by its spelling rules does when it is written like an abbreviation or a code (two capitals
// or more, or letters and digits: "PTA", "qHS"), as names and other words in lower case are
// read by those rules well.
std::optional<std::string> unsure_message(std::string_view word, const WordKnowledge& known,
                                          bool shouted = false);

}  // namespace handout::reading
