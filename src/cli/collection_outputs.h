#pragma once
// The files writers make from every handout of the output folder (writer::render_collection,
// such as out/index.html): written after a build, atomically, only when their bytes changed,
// and recorded in the manifest's `collection`.
#include "cli/content_load.h"
#include "cli/manifest.h"
#include "cli/options.h"
#include "writer/writer.h"

namespace handout::cli {

// Every handout of the content folder with outputs in the manifest (read again, so that a
// build of some ids still lists them all) is an entry. Made for the chosen formats and for
// those whose collection files out/ already holds. Returns the number of files written.
// Throws std::filesystem::filesystem_error when a file cannot be written.
std::size_t write_collection_outputs(const BuildOptions& options, const LoadedContent& content,
                                     const writer::Resources& resources, Manifest& manifest);

}  // namespace handout::cli
