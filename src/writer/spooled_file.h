#pragma once
// An output a writer writes to a file instead of returning its bytes in memory: for files as
// large as the recording (the EPUB holds the MP3), so that a worker never holds them twice.
#include <filesystem>
#include <string_view>

namespace handout::writer {

// In the name of every temporary file of an output folder: what a killed build leaves there,
// and what the command line deletes before the next build.
inline constexpr std::string_view temporary_marker = ".tmp-";

// A new, empty file in `folder` for the output `name`: "<name>.tmp-<pid>-s<n>". The command
// line renames it into place; a file that is never renamed is removed when this is destroyed.
class SpooledFile {
 public:
  // Throws std::filesystem::filesystem_error when the file cannot be created.
  SpooledFile(const std::filesystem::path& folder, std::string_view name);
  SpooledFile(SpooledFile&& other) noexcept;
  SpooledFile& operator=(SpooledFile&& other) noexcept;
  SpooledFile(const SpooledFile&) = delete;
  SpooledFile& operator=(const SpooledFile&) = delete;
  ~SpooledFile();

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;  // empty once moved from
};

}  // namespace handout::writer
