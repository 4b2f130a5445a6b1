#pragma once
// The names a build may replace or delete in the output folder, derived by the build itself:
// "<id><suffix>" for a valid handout id and a suffix its writer declared (with its number, for
// a kind of many files such as the web page's pictures), and the collection
// files the writers return, each a plain file name. Nothing read from out/manifest.json names
// a file to delete unless it is one of these.
#include <string>
#include <string_view>

#include "cli/manifest.h"

namespace handout::cli {

// A file name directly inside the output folder: not empty, no '/', not "." or "..", no NUL.
bool is_plain_file_name(std::string_view name);

// Whether `name` is "<id><suffix>" for a valid id and a suffix the writer `format` declares, or
// "<id><numbered><n><suffix>" for a numbered kind it declares (writer::OutputKind::names).
bool is_derived_output(std::string_view format, std::string_view id, std::string_view name);

// Whether `name` is a derived output of handout `id` in any format.
bool is_any_derived_output(std::string_view id, std::string_view name);

// Whether the writer `format` declares `name` among its collection files (a plain name).
bool is_collection_name(std::string_view format, std::string_view name);

// The manifest and the lock and temporary files: never a collection file.
bool is_own_file(std::string_view name);

// The manifest without what the build did not derive: entries whose id is not a valid id,
// formats no writer has, outputs that are not "<id><suffix>" of their format, collection files
// their writer does not declare (writer::Writer::collection_names). A manifest read from disk is
// treated as if they were absent.
Manifest without_underived(Manifest manifest);

}  // namespace handout::cli
