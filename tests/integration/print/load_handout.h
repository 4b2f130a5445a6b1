#pragma once
// Test support: reads one handout with the real content reader and renders it, without the CLI.
#include <filesystem>
#include <string>

#include "model/handout.h"
#include "print/pdf_writer.h"

namespace handout::test {

// Throws std::runtime_error listing the diagnostics when the handout does not read cleanly.
model::Handout load_handout(const std::filesystem::path& content_dir, const std::string& id);

// Renders `handout` with the repository's fonts and writes it to `out`.
std::string render_to_file(const model::Handout& handout, print::PrintOptions options,
                           const std::filesystem::path& out);

}  // namespace handout::test
