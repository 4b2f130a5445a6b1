#pragma once
// Renders one handout into all its output files, and writes them only when all succeeded.
#include <filesystem>
#include <string>
#include <vector>

#include "cli/manifest.h"
#include "cli/options.h"
#include "model/handout.h"
#include "model/lexicon.h"

namespace handout::cli {

struct OutputFile {
  std::string name;  // e.g. "dry-needling.pdf"
  std::string bytes;
};

struct RenderedHandout {
  std::vector<OutputFile> files;
  int pages = 0;
  double audio_seconds = 0;
  std::vector<ChapterRecord> chapters;
};

// Throws model::Error when any output cannot be made; nothing is written then.
RenderedHandout render_outputs(const model::Handout& handout, const model::Lexicon& lexicon,
                               const BuildOptions& options);

// Replaces each file in `folder` atomically.
void write_outputs(const std::filesystem::path& folder, const RenderedHandout& rendered);

}  // namespace handout::cli
