#include "cli/content_hash.h"

#include <unistd.h>
#include <xxhash.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <system_error>

#include "os/regular_file.h"

namespace handout::cli {

struct ContentHash::State {
  struct Free {
    void operator()(XXH3_state_t* state) const { XXH3_freeState(state); }
  };
  std::unique_ptr<XXH3_state_t, Free> xxh{XXH3_createState()};
};

ContentHash::ContentHash() : state_(std::make_unique<State>()) {
  if (!state_->xxh) throw std::bad_alloc();
  XXH3_128bits_reset(state_->xxh.get());
}
ContentHash::~ContentHash() = default;
ContentHash::ContentHash(ContentHash&&) noexcept = default;
ContentHash& ContentHash::operator=(ContentHash&&) noexcept = default;

ContentHash& ContentHash::add(std::string_view bytes) {
  const std::uint64_t length = bytes.size();
  XXH3_128bits_update(state_->xxh.get(), &length, sizeof length);
  XXH3_128bits_update(state_->xxh.get(), bytes.data(), bytes.size());
  return *this;
}

ContentHash& ContentHash::add_file(const std::filesystem::path& path) {
  const os::RegularFile file = os::open_regular_file(path);
  if (file.problem == os::RegularFile::Problem::missing)
    return add(std::string_view("\0missing", 8));
  if (file.problem == os::RegularFile::Problem::not_regular)
    throw std::filesystem::filesystem_error("not a regular file", path,
                                            std::make_error_code(std::errc::invalid_argument));
  if (!file.fd)
    throw std::filesystem::filesystem_error("cannot read", path,
                                            std::error_code(file.error, std::generic_category()));
  std::array<char, 1 << 16> buffer;
  std::uint64_t length = 0;
  for (;;) {
    const ssize_t got = ::read(file.fd.get(), buffer.data(), buffer.size());
    if (got < 0 && errno == EINTR) continue;
    if (got < 0)
      throw std::filesystem::filesystem_error("cannot read", path,
                                              std::error_code(errno, std::generic_category()));
    if (got == 0) break;
    XXH3_128bits_update(state_->xxh.get(), buffer.data(), static_cast<std::size_t>(got));
    length += static_cast<std::uint64_t>(got);
  }
  XXH3_128bits_update(state_->xxh.get(), &length, sizeof length);
  return *this;
}

std::string ContentHash::hex() const {
  const XXH128_hash_t hash = XXH3_128bits_digest(state_->xxh.get());
  char text[33];
  std::snprintf(text, sizeof text, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                static_cast<unsigned long long>(hash.low64));
  return text;
}

ContentHash& ContentHash::add_contents(const std::filesystem::path& path) {
  const std::uint64_t length = std::filesystem::file_size(path);
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw std::filesystem::filesystem_error("cannot read", path,
                                            std::make_error_code(std::errc::permission_denied));
  XXH3_128bits_update(state_->xxh.get(), &length, sizeof length);  // first, as add() does
  std::array<char, 1 << 16> buffer;
  std::uint64_t read = 0;
  while (in.read(buffer.data(), buffer.size()) || in.gcount() > 0) {
    XXH3_128bits_update(state_->xxh.get(), buffer.data(), static_cast<std::size_t>(in.gcount()));
    read += static_cast<std::uint64_t>(in.gcount());
  }
  if (read != length)
    throw std::filesystem::filesystem_error("changed while read", path,
                                            std::make_error_code(std::errc::io_error));
  return *this;
}

std::string hash_bytes(std::string_view bytes) {
  return ContentHash().add(bytes).hex();
}

std::string hash_file_contents(const std::filesystem::path& path) {
  return ContentHash().add_contents(path).hex();
}

}  // namespace handout::cli
