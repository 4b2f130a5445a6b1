#pragma once
// The sample handouts of the repository's content/ folder, read as `handout build` reads them:
// content/handouts/<id>.xml, found the way the program finds it, with content/clinic.xml for
// its contact details.
#include <filesystem>
#include <string>
#include <vector>

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

// The ids of content/handouts/*.xml, sorted.
std::vector<std::string> sample_ids();

// content/handouts/<id>.xml; throws std::runtime_error with the diagnostics unless it reads
// without any.
model::Handout read_sample(const std::string& id);

// The same from another content folder (handouts/<id>.xml with that folder's clinic.xml).
model::Handout read_handout_in(const std::filesystem::path& content_dir, const std::string& id);

// content/lexicon.pls, read once.
const model::Lexicon& sample_lexicon();

}  // namespace handout::testing
