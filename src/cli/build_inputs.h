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

// For each chosen format, the hash of what the writer declares for a handout in `language` and
// of what the formats it needs declare, by writer name. `options.formats` holds the formats
// they need (with_needs()).
std::map<std::string, std::string> writer_inputs_hashes(const BuildOptions& options,
                                                        const writer::Resources& resources,
                                                        const model::LanguageTag& language);

// A handout's rebuild key for one format: the shared inputs, the writer's, the handout file and
// its pictures (pictures_hash).
std::string handout_inputs_hash(const std::string& shared, const std::string& writer,
                                const std::filesystem::path& handout, const std::string& pictures);

// The hash of what the admin wrote that a handout's outputs are made from: its file, its
// pictures (pictures_hash) and clinic.xml. An output made from another is older than its source.
std::string source_hash(const std::filesystem::path& content_dir,
                        const std::filesystem::path& handout, const std::string& pictures);

// The hash of every picture the handout's figures name, read from the content folder: an edited
// picture rebuilds only the handouts that show it.
std::string pictures_hash(const std::filesystem::path& content_dir,
                          const std::filesystem::path& handout);

}  // namespace handout::cli
