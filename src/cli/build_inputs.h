#pragma once
// Everything a format's outputs depend on, reduced to one hash per handout and format: the
// handout's file, clinic.xml, the tool itself, and what the writer declares (its options and
// its inputs, such as the fonts or the lexicon). Equal hashes mean the outputs would come out
// byte-identical, so the build can skip them.
#include <filesystem>
#include <map>
#include <string>

#include "cli/options.h"
#include "writer/writer.h"

namespace handout::cli {

// The hash of what every handout and format shares. Throws
// std::filesystem::filesystem_error when an input exists but cannot be read.
std::string shared_inputs_hash(const BuildOptions& options);

// For each chosen format, the hash of what the writer declares and of what the formats it
// needs declare, by writer name. `options.formats` holds the formats they need (with_needs()).
std::map<std::string, std::string> writer_inputs_hashes(const BuildOptions& options,
                                                        const writer::Resources& resources);

std::string handout_inputs_hash(const std::string& shared, const std::string& writer,
                                const std::filesystem::path& handout);

}  // namespace handout::cli
