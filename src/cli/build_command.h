#pragma once
#include "cli/options.h"

namespace handout::cli {

// Builds the PDF, MP3 and SSML (and WAV on request) of every selected handout into the
// output folder. A handout that fails keeps its previous outputs; the others still build.
ExitCode run_build(const BuildOptions& options);

}  // namespace handout::cli
