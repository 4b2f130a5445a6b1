#pragma once
// Renders one handout in the chosen formats, and writes the files only when all succeeded.
#include <filesystem>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "model/handout.h"
#include "writer/writer.h"

namespace handout::cli {

using writer::RenderedFormats;  // by writer name

// What the chosen formats' checks find wrong, as `handout check` reports it.
model::Diagnostics check_outputs(const model::Handout& handout, const writer::Resources& resources,
                                 std::span<const std::string> formats);

// In the list's order, so that each writer gets the formats it needs, rendered before it
// (`formats` holds them: with_needs()). One after another, not side by side: outside a
// build's worker the audio forks its synthesizer, and a fork while other threads hold locks
// hangs the child (it did under the sanitizers). Throws model::Error when any format cannot be
// made; nothing is written then.
RenderedFormats render_outputs(const model::Handout& handout, const writer::Resources& resources,
                               std::span<const std::string> formats,
                               const writer::OptionValues& values);

// Replaces the files in `folder` atomically and together: all of them or none. A file that
// already holds the new bytes is left as it is. Spooled files must be in `folder` (the
// Resources' scratch_dir); they are renamed into place, so describe them first.
void write_outputs(const std::filesystem::path& folder, const RenderedFormats& rendered);

}  // namespace handout::cli
