#pragma once
// Everything a handout's outputs depend on, reduced to one hash: its own file, clinic.xml,
// the lexicon, the fonts, the options and the tool itself. Equal hashes mean the outputs
// would come out byte-identical, so the build can skip the handout.
#include <filesystem>
#include <string>

#include "cli/options.h"

namespace handout::cli {

// The hash of what every handout shares. Throws std::filesystem::filesystem_error when an
// input exists but cannot be read.
std::string shared_inputs_hash(const BuildOptions& options);

std::string handout_inputs_hash(const std::string& shared, const std::filesystem::path& handout);

}  // namespace handout::cli
