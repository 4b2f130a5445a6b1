#pragma once
// Renders one handout in the chosen formats, each failing alone, and writes the files of those
// that were made, all together.
#include <filesystem>
#include <map>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "cli/listed_files.h"
#include "model/handout.h"
#include "writer/writer.h"

namespace handout::cli {

using writer::RenderedFormats;  // by writer name

// Formats of one handout that could not be made, each with what stopped it.
using FailedFormats = std::map<std::string, model::Diagnostics, std::less<>>;

// What the chosen formats' checks find wrong, as `handout check` reports it: the errors by
// format in `failed` (that format alone cannot be made), the warnings returned.
model::Diagnostics check_outputs(const model::Handout& handout, const writer::Resources& resources,
                                 std::span<const std::string> formats, FailedFormats& failed);

// The other files each format that lists them (writer::Writer::lists_other_files) was given,
// by writer name: its rebuild key includes them.
using GivenFiles = std::map<std::string, std::vector<writer::ListedFile>, std::less<>>;

// Formats among those to render whose outputs are up to date, there only because a format made
// now needs their products: their products are read back (cli/product_read_back.h) when a
// format rendered now needs them, and their files left as they are; a format whose products
// cannot be read back is rendered.
struct ReadBack {
  std::filesystem::path out;           // the output folder
  FormatRecords records;               // their manifest records, by writer name
  std::vector<std::string> done = {};  // those read back, in the list's order
  // Formats that list the others' files, up to date but for those files, there only because
  // other formats are made now: with the listed_hash of the files they list. Rendered only
  // when the files they would list now differ in what they show; left as they are otherwise.
  std::map<std::string, std::string, std::less<>> listing = {};
};

// In the list's order, so that each writer gets the formats it needs, rendered before it
// (`formats` holds them: with_needs()); the formats that list the others' files after every
// other, given those files (`kept`: the handout's formats in the output folder, the files of
// those made now replaced, of those that fail now stale), in `given`. One after another, not side
// by side: outside a build's worker the audio forks its synthesizer, and a fork while other threads
// hold locks hangs the child (it did under the sanitizers). A format that cannot be made
// (model::Error, or its check's error already in `failed`) is added to `failed` and fails alone:
// the others are made, except those that need what it would have given them, which fail with it.
// A format of `read_back` whose products are read back, or none needs, is neither rendered nor
// in the result; nor is one of its `listing` whose list is as before.
RenderedFormats render_outputs(const model::Handout& handout, const writer::Resources& resources,
                               std::span<const std::string> formats,
                               const writer::OptionValues& values, FailedFormats& failed,
                               const FormatRecords& kept = {}, GivenFiles* given = nullptr,
                               ReadBack* read_back = nullptr);

// Replaces the files in `folder` atomically and together: all of them or none. A file that
// already holds the new bytes is left as it is. Spooled files must be in `folder` (the
// Resources' scratch_dir); they are renamed into place, so describe them first.
void write_outputs(const std::filesystem::path& folder, const RenderedFormats& rendered);

}  // namespace handout::cli
