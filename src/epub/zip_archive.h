#pragma once
// A deterministic zip archive in memory (libzip): the entries in the order given, every time
// stamp the same (1980-01-01 00:00, the earliest a zip can hold, in no time zone), no extra
// fields, stored or deflated as each entry asks.
#include <string>
#include <vector>

#include "epub/package_files.h"

namespace handout::epub {

// Throws std::runtime_error with libzip's message if the archive cannot be made.
std::string zip_archive(const std::vector<PackageFile>& files);

}  // namespace handout::epub
