#pragma once
// Outputs are replaced atomically: a reader, a crash or `kill -9` at any moment sees either
// the old complete file or the new complete one, never a partial file.
#include <filesystem>
#include <string_view>

namespace handout::cli {

// Writes `bytes` to a temporary file beside `path`, flushes it to disk and renames it over
// `path`. Throws std::filesystem::filesystem_error (with the path) on any failure, after
// removing the temporary file.
void write_atomically(const std::filesystem::path& path, std::string_view bytes);

// Deletes temporary files that a killed build left in `folder`. Call only while holding the
// folder's OutputLock, when no other writer can be at work there.
void remove_abandoned_temporaries(const std::filesystem::path& folder);

}  // namespace handout::cli
