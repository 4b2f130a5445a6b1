#pragma once
// What the audio cannot read with confidence, for `handout check` to warn about: a symbol no
// rule reads ("→"), warned about here, and each word no rule, no lexicon entry and no known
// acronym reads, which eSpeak NG is left to say: those are asked of eSpeak NG and the
// language's spelling dictionary (speech/word_knowledge.h) and warned about by
// unsure_words.h ("WBAT", "SpO2", "PTA"). Each warning is located and says how it will be
// heard and how to fix it. Every text the audio speaks is checked: headings, exercises' names,
// paragraphs, items, steps, notes, pictures' descriptions and captions, and a link's own words
// (never its address). Pure.
#include <string>
#include <string_view>
#include <vector>

#include "model/clinical_lexicon.h"
#include "model/diagnostic.h"
#include "model/handout.h"
#include "model/lexicon.h"
#include "reading/unsure_words.h"

namespace handout::reading {

struct Unsure {
  std::vector<model::Diagnostic> warnings;  // symbols, typed list markers
  std::vector<WordAt> words;                // words left to eSpeak NG, in order
};

// `clinical`: the tool's clinical lexicon of the handout's language; its words are known.
Unsure unsure_in(const model::Handout& handout, const model::Lexicon& lexicon,
                 const model::ClinicalLexicon* clinical = nullptr);
Unsure unsure_in(std::string_view text, model::Location at, std::string_view lang,
                 const model::Lexicon& lexicon, const model::ClinicalLexicon* clinical = nullptr);

// The warnings alone.
std::vector<model::Diagnostic> unreadable_tokens(const model::Handout& handout,
                                                 const model::Lexicon& lexicon,
                                                 const model::ClinicalLexicon* clinical = nullptr);

// The same for one printed text starting at `at` (exposed for tests).
std::vector<model::Diagnostic> unreadable_tokens(std::string_view text, model::Location at,
                                                 std::string_view lang,
                                                 const model::Lexicon& lexicon,
                                                 const model::ClinicalLexicon* clinical = nullptr);

}  // namespace handout::reading
