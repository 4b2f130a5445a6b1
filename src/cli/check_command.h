#pragma once
#include "cli/options.h"

namespace handout::cli {

// Validates every file of the content folder and prints every error on stderr.
ExitCode run_check(const CheckOptions& options);

}  // namespace handout::cli
