#pragma once
// Content hashes (XXH3, 128 bits) that decide whether a handout must be rebuilt.
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace handout::cli {

// Feeds bytes, files and labelled values into one running XXH3-128 hash.
class ContentHash {
 public:
  ContentHash();
  ~ContentHash();
  ContentHash(const ContentHash&) = delete;
  ContentHash& operator=(const ContentHash&) = delete;
  ContentHash(ContentHash&&) noexcept;
  ContentHash& operator=(ContentHash&&) noexcept;

  // Each piece is length-prefixed, so ("ab", "c") and ("a", "bc") differ.
  ContentHash& add(std::string_view bytes);
  // A file's bytes; a missing file adds a distinct marker instead. Throws
  // std::filesystem::filesystem_error when the file exists but cannot be read or
  // is not a regular file (a FIFO is never waited on).
  ContentHash& add_file(const std::filesystem::path& path);
  // Exactly add(the file's bytes), read in pieces. Throws std::filesystem::filesystem_error
  // when the file cannot be read.
  ContentHash& add_contents(const std::filesystem::path& path);
  // 32 lower-case hex digits.
  std::string hex() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

std::string hash_bytes(std::string_view bytes);
// hash_bytes of a file's contents, read in pieces.
std::string hash_file_contents(const std::filesystem::path& path);

}  // namespace handout::cli
