#pragma once
// The shipped clinical lexicon (model/clinical_lexicon.h) applied to a text: which entry holds
// at a place, by its printed form and its context, for the reading rule (rules_clinical.cpp)
// and for `check` (medication_safety.h). Pure.
#include <cstddef>
#include <span>
#include <string_view>

#include "model/clinical_lexicon.h"
#include "model/language_tag.h"
#include "reading/tokenizer.h"

namespace handout::reading {

// The first entry of `lexicon` printed at `pos` as a whole word whose context holds there, in
// a handout read by `dialect`; null when none. `spoken_only`: skip the entries that only warn.
const model::ClinicalEntry* clinical_entry_at(std::string_view text, std::size_t pos,
                                              const model::ClinicalLexicon& lexicon,
                                              const Dialect& dialect, bool spoken_only);

// Among the shipped lexicons (one per language), the one of `language`, or null.
const model::ClinicalLexicon* clinical_lexicon_for(std::span<const model::ClinicalLexicon> lexicons,
                                                   const model::LanguageTag& language);

// A number printed as a dose is misread (The Joint Commission, ISMP): ".5 mg" without its
// leading zero, "5.0 mg" with a trailing zero. What is wrong at `pos`, the number's length and
// the number as it should be written ("0.5", "5"); kind is none when it is written safely.
enum class DoseNumber { none, missing_leading_zero, trailing_zero };
struct DoseNumberAt {
  DoseNumber kind = DoseNumber::none;
  std::size_t length = 0;  // of the printed number
  std::string safe;        // the number as it should be written
};
DoseNumberAt dose_number_at(std::string_view text, std::size_t pos, const Dialect& dialect);

}  // namespace handout::reading
