#pragma once
// A deterministic zip archive (minizip), for every format that is a zip of files (the EPUB and
// the talking books): the entries in the order given, every time stamp the same (1980-01-01
// 00:00, the earliest a zip can hold, in no time zone), no extra fields, stored or deflated as
// each entry asks. Entries are read from the caller's bytes or files, not copied.
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

namespace handout::archive {

struct Entry {
  std::string path;        // in the archive
  std::string_view bytes;  // the contents, borrowed: they must outlive the call
  // Or a file's contents (when not empty), read a block at a time as the archive is written.
  std::filesystem::path file = {};
  bool compress = true;  // deflated, else stored
};

// The archive in memory. Throws std::runtime_error with the reason if it cannot be made.
std::string zip_archive(std::span<const Entry> entries);

// The same bytes, written to `path` (which may exist: it is replaced; a symbolic link
// there is refused), never held in memory.
// Throws std::runtime_error with the reason if it cannot be written.
void write_zip_archive(std::span<const Entry> entries, const std::filesystem::path& path);

}  // namespace handout::archive
