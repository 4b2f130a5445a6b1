#pragma once
#include "cli/options.h"

namespace handout::cli {

// Builds once, then rebuilds what changed each time a file under the content folder is
// saved, until interrupted. Errors are printed as they happen; the watch goes on.
ExitCode run_watch(const BuildOptions& options);

}  // namespace handout::cli
