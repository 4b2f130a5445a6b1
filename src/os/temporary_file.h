#pragma once
// A new file with a random name no user file has (".handout-tmp-<16 hex digits>"), created
// exclusively: never an existing file, never through a symbolic link.
#include <filesystem>
#include <string_view>

#include "os/unique_fd.h"

namespace handout::os {

// What every temporary file's name starts with, and only theirs: a build deletes the files of
// its output folder that start with it, and no others.
inline constexpr std::string_view temporary_prefix = ".handout-tmp-";

struct CreatedFile {
  UniqueFd fd;  // open for writing
  std::filesystem::path path;
};

// Creates a new empty file in `folder` with O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode
// 0644 (less the umask), trying another name when one is taken. Throws
// std::filesystem::filesystem_error.
CreatedFile create_temporary(const std::filesystem::path& folder);

// Whether `name` (a file name) is one create_temporary() makes.
bool is_temporary_name(std::string_view name);

// Flushes `folder`'s entries (renames, creations) to disk. Throws
// std::filesystem::filesystem_error.
void sync_folder(const std::filesystem::path& folder);

}  // namespace handout::os
