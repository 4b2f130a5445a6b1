#pragma once
// Outputs are replaced atomically: a reader, a crash or `kill -9` at any moment sees either
// the old complete file or the new complete one, never a partial file.
#include <filesystem>
#include <span>
#include <string_view>

namespace handout::cli {

// Writes `bytes` to a new temporary file beside `path` (os::create_temporary), flushes it to
// disk, renames it over `path` and flushes the folder. Throws std::filesystem::filesystem_error
// (with the path) on any failure, after removing the temporary file.
void write_atomically(const std::filesystem::path& path, std::string_view bytes);

struct PendingFile {
  std::filesystem::path path;
  std::string_view bytes;
  // Or a file already written in the same folder (a writer's spooled file): flushed and
  // renamed over `path` instead of written from `bytes`; left where it is on failure.
  std::filesystem::path written = {};
};

// Replaces several files together: writes every temporary file and starts its write-back,
// flushes them all, and only then renames each over its path. The disk flushes the files
// together instead of one after the other, and a failure before the renames (a full disk, an
// unwritable file) leaves every old file in place, so a handout's outputs never mix two builds.
void write_all_atomically(std::span<const PendingFile> files);

// Deletes the temporary files that a killed build left in `folder`: only names of the build's
// own pattern (os::is_temporary_name), never another file. Call only while holding the
// folder's OutputLock, when no other writer can be at work there.
void remove_abandoned_temporaries(const std::filesystem::path& folder);

}  // namespace handout::cli
