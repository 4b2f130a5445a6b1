#pragma once
// What eSpeak NG and the handout language's spelling dictionary know of the words the reader
// leaves to eSpeak NG (reading/unsure_words.h), for `handout check`: eSpeak NG's translation
// trace of each (found in its dictionary, said by its rules, spelled letter by letter), its
// IPA, and whether Hunspell's dictionary of the language has it in lower case or capitalised
// ("CALL" is "call"; "PTA" is only an acronym). eSpeak NG keeps global state that a synthesis
// would inherit, so this runs in a child process forked for the call, like
// plain/espeak_syllables.h: one call, and one child, for all the words of a language.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "reading/unsure_words.h"

namespace handout::speech {

// The knowledge of each of `words`, in order, in the language of the BCP 47 tag `lang` (its
// voice and its Hunspell dictionary, /usr/share/hunspell/<ll>_<RR>, else the language's
// usual one). Without a dictionary every word counts as plain: only what eSpeak NG spells is
// warned about. Throws std::runtime_error when eSpeak NG cannot start.
std::vector<reading::WordKnowledge> word_knowledge(std::span<const std::string> words,
                                                   std::string_view lang);

// The same for several languages at once, a child each, all running together.
struct WordsOfLanguage {
  std::string lang;
  std::vector<std::string> words;
};
std::vector<std::vector<reading::WordKnowledge>> word_knowledge(
    std::span<const WordsOfLanguage> asked);

}  // namespace handout::speech
