#pragma once
// Test support: renders a handout (read with tests/support/sample_handout.h) without the CLI.
#include <filesystem>
#include <string>

#include "model/handout.h"
#include "print/pdf_writer.h"

namespace handout::test {

// Renders `handout` with the repository's fonts and writes it to `out`.
std::string render_to_file(const model::Handout& handout, print::PrintOptions options,
                           const std::filesystem::path& out);

}  // namespace handout::test
