#include "os/temporary_file.h"

#include <fcntl.h>
#include <sys/random.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <string>
#include <system_error>

namespace handout::os {

namespace {

[[noreturn]] void fail(const char* what, const std::filesystem::path& path, int error) {
  throw std::filesystem::filesystem_error(what, path,
                                          std::error_code(error, std::generic_category()));
}

std::string random_hex(const std::filesystem::path& folder) {
  std::array<std::uint8_t, 8> bytes{};
  std::size_t got = 0;
  while (got < bytes.size()) {
    const ssize_t n = ::getrandom(bytes.data() + got, bytes.size() - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail("cannot make a temporary file's name", folder, errno);
    got += static_cast<std::size_t>(n);
  }
  static constexpr char digits[] = "0123456789abcdef";
  std::string hex;
  for (const std::uint8_t byte : bytes) {
    hex += digits[byte >> 4];
    hex += digits[byte & 0xF];
  }
  return hex;
}

}  // namespace

CreatedFile create_temporary(const std::filesystem::path& folder) {
  for (;;) {
    std::filesystem::path path = folder / (std::string(temporary_prefix) + random_hex(folder));
    UniqueFd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (fd) return {std::move(fd), std::move(path)};
    if (errno != EEXIST) fail("cannot create", path, errno);
  }
}

bool is_temporary_name(std::string_view name) {
  return name.starts_with(temporary_prefix) && name.size() == temporary_prefix.size() + 16 &&
         name.find_first_not_of("0123456789abcdef", temporary_prefix.size()) ==
             std::string_view::npos;
}

void sync_folder(const std::filesystem::path& folder) {
  const std::filesystem::path path = folder.empty() ? "." : folder;  // a bare name's folder
  const UniqueFd fd(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!fd) fail("cannot open", folder, errno);
  if (::fsync(fd.get()) != 0) fail("cannot flush", folder, errno);
}

}  // namespace handout::os
