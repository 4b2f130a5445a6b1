#pragma once
// Reads the clinical lexicon the tool ships (clinical-lexicon/<language>.txt): one entry a
// line, five columns between tabs — printed, where, spoken, lists, advice — and '#' comments.
// The format is described at the top of each file and in docs/how-audio-reads.md. Pure: the
// caller reads the file.
#include <string>
#include <string_view>

#include "model/clinical_lexicon.h"
#include "model/diagnostic.h"

namespace handout::content {

// The entries of `text` (the file `file`, of the handouts in `language`). A line that breaks
// the format is an error at its line and column, and left out.
model::ClinicalLexicon read_clinical_lexicon(std::string_view text, const std::string& file,
                                             const std::string& language, model::Diagnostics& out);

}  // namespace handout::content
