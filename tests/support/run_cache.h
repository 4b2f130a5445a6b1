#pragma once
// Files that many test processes need and that take long to make (a rendered PDF, what pdf.js
// reads in it), made once and shared. ctest runs each test case in a process of its own, so a
// cache in memory helps only the case that filled it. The folder is named by what the files are
// made from: this test program (its path, size and modification time) and the inputs given
// (every file's path and bytes), so a rebuilt program or an edited input never reads what older
// code or content made.
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <string>
#include <vector>

namespace handout::testing {

namespace run_cache_detail {

inline void mix(std::uint64_t& hash, const std::string& bytes) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;  // FNV-1a
  }
  hash ^= 0xff;  // ends each piece, so "ab" + "c" differs from "a" + "bc"
  hash *= 0x100000001b3ULL;
}

inline std::string bytes_of(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void mix_input(std::uint64_t& hash, const std::filesystem::path& input) {
  std::vector<std::filesystem::path> files;
  if (std::filesystem::is_directory(input)) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(input))
      if (entry.is_regular_file()) files.push_back(entry.path());
  } else {
    files.push_back(input);
  }
  std::sort(files.begin(), files.end());
  for (const std::filesystem::path& file : files) {
    mix(hash, file.string());
    mix(hash, bytes_of(file));
  }
}

// Holds an exclusive lock on a file until destroyed (also released if the process dies).
class FileLock {
 public:
  explicit FileLock(const std::filesystem::path& path)
      : fd_(::open(path.c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0644)) {
    if (fd_ >= 0) ::flock(fd_, LOCK_EX);
  }
  ~FileLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_;
};

}  // namespace run_cache_detail

// <build tree>/tests/shared-builds/cache/<test program>-<hash of the program and the inputs>.
inline std::filesystem::path cache_folder(std::initializer_list<std::filesystem::path> inputs) {
  using namespace run_cache_detail;
  const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe");
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  mix(hash, program.string());
  mix(hash, std::to_string(std::filesystem::file_size(program)));
  mix(hash, std::to_string(std::filesystem::last_write_time(program).time_since_epoch().count()));
  for (const std::filesystem::path& input : inputs) mix_input(hash, input);
  const std::filesystem::path folder = std::filesystem::path(HANDOUT_SHARED_BUILDS) / "cache" /
                                       (program.filename().string() + "-" + std::to_string(hash));
  std::filesystem::create_directories(folder);
  return folder;
}

// folder/name, made by `make` (which writes the file at the path it is given) the first time any
// process asks; the others wait for it. A file is renamed into place only when made, so a
// process that dies making it leaves nothing behind.
inline std::filesystem::path cached_file(
    const std::filesystem::path& folder, const std::string& name,
    const std::function<void(const std::filesystem::path&)>& make) {
  const std::filesystem::path file = folder / name;
  const run_cache_detail::FileLock lock(folder / (name + ".lock"));
  if (std::filesystem::exists(file)) return file;
  const std::filesystem::path part = folder / (name + ".part");
  make(part);
  std::filesystem::rename(part, file);
  return file;
}

}  // namespace handout::testing
