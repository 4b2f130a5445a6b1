#pragma once
// What `handout check` warns about from the medication-safety lists: The Joint Commission's
// "Do Not Use" list, ISMP's List of Error-Prone Abbreviations, Symbols, and Dose Designations
// and ISMP España's (abbreviations such as "U", "QD", "MS", "SC"; symbols next to a dose
// such as "@", ">"; a dose's number without its leading zero, ".5 mg", or with a trailing one,
// "5.0 mg"). Each warning is at its place, names its list, says what it is mistaken for, what
// to write instead and what the recording says. The entries come from the shipped clinical
// lexicon (model/clinical_lexicon.h); the numbers are found by dose_number_at. Pure.
#include <string_view>
#include <vector>

#include "model/clinical_lexicon.h"
#include "model/diagnostic.h"
#include "model/handout.h"

namespace handout::reading {

std::vector<model::Diagnostic> medication_safety(const model::Handout& handout,
                                                 const model::ClinicalLexicon* clinical);

// The same for one printed text starting at `at` (exposed for tests).
std::vector<model::Diagnostic> medication_safety(std::string_view text, model::Location at,
                                                 std::string_view lang,
                                                 const model::ClinicalLexicon* clinical);

}  // namespace handout::reading
