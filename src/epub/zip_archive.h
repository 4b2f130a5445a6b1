#pragma once
// A deterministic zip archive (minizip): the entries in the order given, every time stamp the
// same (1980-01-01 00:00, the earliest a zip can hold, in no time zone), no extra fields,
// stored or deflated as each entry asks. Entries are read from the files' bytes, not copied.
#include <filesystem>
#include <string>
#include <vector>

#include "epub/package_files.h"

namespace handout::epub {

// The archive in memory. Throws std::runtime_error with the reason if it cannot be made.
std::string zip_archive(const std::vector<PackageFile>& files);

// The same bytes, written to `path` (which may exist: it is replaced), never held in memory.
// Throws std::runtime_error with the reason if it cannot be written.
void write_zip_archive(const std::vector<PackageFile>& files, const std::filesystem::path& path);

}  // namespace handout::epub
