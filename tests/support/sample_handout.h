#pragma once
// The sample handouts of the repository's content/ folder, read as `handout build` reads them:
// content/handouts/<id>.xml, found the way the program finds it, with content/clinic.xml for
// its contact details.
#include <filesystem>
#include <string>
#include <vector>

#include "model/clinical_lexicon.h"
#include "model/handout.h"
#include "model/lexicon.h"

namespace handout::testing {

// The repository's content/ folder.
std::filesystem::path sample_content();

// tests/data/exercise-content: a content folder whose handout "exercise-sampler" has every
// kind of block of issue 24 (figures in PNG and JPEG, exercises with doses, notes of each kind
// inline and of blocks, links with words of their own), for every format's tests.
std::filesystem::path exercise_content();
model::Handout read_exercise_sampler();

// tests/data/table-content: a content folder for issue 25's tables and checklists:
// "table-sampler" (a program and a schedule table with a caption and a blank cell, a checklist
// with ticked items, a table of 8 columns), "long-table" (42 rows: three pages of large print)
// and "tabla-hielo" (a table and a checklist in Spanish).
std::filesystem::path table_content();
model::Handout read_table_sampler();

// The ids of content/handouts/*.xml, sorted.
std::vector<std::string> sample_ids();

// content/handouts/<id>.xml; throws std::runtime_error with the diagnostics unless it reads
// without any.
model::Handout read_sample(const std::string& id);

// The same from another content folder (handouts/<id>.xml with that folder's clinic.xml).
model::Handout read_handout_in(const std::filesystem::path& content_dir, const std::string& id);

// content/lexicon.pls, read once.
const model::Lexicon& sample_lexicon();

// clinical-lexicon/<language>.txt ("en", "es"), the lexicon the tool ships, read by the
// reader `handout build` uses (content::read_clinical_lexicon); throws unless it reads cleanly.
const model::ClinicalLexicon& shipped_clinical_lexicon(const std::string& language);

}  // namespace handout::testing
