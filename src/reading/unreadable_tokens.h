#pragma once
// What the audio cannot read with confidence, for `handout check` to warn about: an
// all-capitals word that is neither in the lexicon nor a known acronym ("OCS", "WBAT"), a
// mix of letters and digits ("SpO2"), or a symbol no rule reads ("→"). Each warning is
// located and says how the word will be heard and how to fix it. Every text the audio speaks
// is checked: headings, exercises' names, paragraphs, items, steps, notes, pictures'
// descriptions and captions, and a link's own words (never its address). Pure.
#include <string>
#include <string_view>
#include <vector>

#include "model/clinical_lexicon.h"
#include "model/diagnostic.h"
#include "model/handout.h"
#include "model/lexicon.h"

namespace handout::reading {

// `clinical`: the tool's clinical lexicon of the handout's language; its words are known.
std::vector<model::Diagnostic> unreadable_tokens(const model::Handout& handout,
                                                 const model::Lexicon& lexicon,
                                                 const model::ClinicalLexicon* clinical = nullptr);

// The same for one printed text starting at `at` (exposed for tests).
std::vector<model::Diagnostic> unreadable_tokens(std::string_view text, model::Location at,
                                                 std::string_view lang,
                                                 const model::Lexicon& lexicon,
                                                 const model::ClinicalLexicon* clinical = nullptr);

}  // namespace handout::reading
