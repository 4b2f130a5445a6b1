#pragma once
// A handout's files in the output folder, each with the kind its writer declared: what the
// index links (writer::CollectionEntry) and what a format that lists the others is given
// (writer::Products::other_files). Both come from the same records, so they agree.
#include <filesystem>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cli/manifest.h"
#include "writer/writer.h"

namespace handout::cli {

// One handout's formats and their files, by writer name.
using FormatRecords = std::map<std::string, FormatRecord>;

// The files of `records`, in the list of writers' order and each writer's declared kinds'
// order, each stale when its record is; the files of the writer named `except` left out.
std::vector<writer::ListedFile> listed_files(std::string_view id, const FormatRecords& records,
                                             std::string_view except = {});

// `records` with only the files `out` holds at their recorded size: a file deleted or changed
// by hand is linked nowhere. A record left with no file is left out.
FormatRecords present_in(const FormatRecords& records, const std::filesystem::path& out);

// What a format that lists the other files was given, for its rebuild key: what it shows of
// them, their names, sizes, whether they are stale and a recording's length.
std::string listed_hash(std::span<const writer::ListedFile> files);

}  // namespace handout::cli
