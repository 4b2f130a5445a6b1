#pragma once
// A format's tool (`handout say`), run with the content folder's clinic.xml and lexicons loaded
// as a build loads them, so it answers as a build of that folder would.
#include "cli/options.h"

namespace handout::cli {

ExitCode run_tool(const ToolRun& run);

}  // namespace handout::cli
