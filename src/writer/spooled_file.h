#pragma once
// An output a writer writes to a file instead of returning its bytes in memory: for files as
// large as the recording (the EPUB holds the MP3), so that a worker never holds them twice.
#include <filesystem>
#include <memory>
#include <string_view>

namespace handout::writer {

// A new, empty file in `folder`, created exclusively with a random name
// (os::create_temporary: ".handout-tmp-<random>"). The command line renames it into place; a
// file that is never renamed is removed when this is destroyed. Whoever writes it opens it
// again with O_NOFOLLOW and without O_CREAT.
class SpooledFile {
 public:
  // Throws std::filesystem::filesystem_error when the file cannot be created.
  explicit SpooledFile(const std::filesystem::path& folder);
  SpooledFile(SpooledFile&& other) noexcept;
  SpooledFile& operator=(SpooledFile&& other) noexcept;
  SpooledFile(const SpooledFile&) = delete;
  SpooledFile& operator=(const SpooledFile&) = delete;
  ~SpooledFile();

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;  // empty once moved from
};

// A spooled file in `folder` holding `bytes`, for a writer that made them in memory but
// should not keep them while later formats are made. Throws std::filesystem::filesystem_error.
std::shared_ptr<const SpooledFile> spool(const std::filesystem::path& folder,
                                         std::string_view bytes);

}  // namespace handout::writer
