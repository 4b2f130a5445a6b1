#pragma once
// The products of a format whose outputs are up to date, read back from the output folder and
// the manifest instead of rendering it again when a format made now needs them: an edit that
// changes the PDF or the braille only makes the web page again, not the recording it plays.
#include <filesystem>
#include <optional>
#include <string_view>

#include "cli/manifest.h"
#include "writer/products.h"

namespace handout::cli {

// The products `record` keeps of the format `format` of the handout `id`, with their files
// (the recording's MP3) copied from `out` into new spooled files in `scratch`, or nothing when
// anything does not match: no products recorded (an older manifest), products not of this
// format's kind, a file not among the record's outputs, not a regular file under its name
// (never through a symbolic link), or not of the size and hash the record says. The caller
// then renders the format, as when nothing is kept.
std::optional<writer::Products> read_back_products(std::string_view format, std::string_view id,
                                                   const FormatRecord& record,
                                                   const std::filesystem::path& out,
                                                   const std::filesystem::path& scratch);

}  // namespace handout::cli
