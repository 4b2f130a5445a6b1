#include "speech/pcm_spool.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>

#include "os/fd_io.h"
#include "speech/speech_error.h"

namespace handout::speech {

namespace {

constexpr std::size_t spool_block = 1 << 15;  // samples: 64 KiB

[[noreturn]] void spool_failed(const char* what) {
  throw SpeechError(std::string("cannot ") + what +
                    " the samples' temporary file: " + std::strerror(errno));
}

// Unlinked at once: the file goes with its descriptor, even when the process is killed.
os::UniqueFd open_spool() {
  std::string name = (std::filesystem::temp_directory_path() / "handout-pcm-XXXXXX").string();
  os::UniqueFd file(::mkostemp(name.data(), O_CLOEXEC));
  if (!file) spool_failed("create");
  ::unlink(name.c_str());
  return file;
}

}  // namespace

PcmSpool::PcmSpool() : file_(open_spool()) {
  buffer_.reserve(spool_block);
}

void PcmSpool::add(std::span<const std::int16_t> samples) {
  while (!samples.empty()) {
    const std::size_t n = std::min(samples.size(), spool_block - buffer_.size());
    buffer_.insert(buffer_.end(), samples.begin(),
                   samples.begin() + static_cast<std::ptrdiff_t>(n));
    samples = samples.subspan(n);
    if (buffer_.size() == spool_block) flush();
  }
}

void PcmSpool::flush() {
  const std::string_view bytes(reinterpret_cast<const char*>(buffer_.data()),
                               buffer_.size() * sizeof(std::int16_t));
  if (!os::write_all(file_.get(), bytes)) spool_failed("write");
  bytes_ += bytes.size();
  buffer_.clear();
}

void PcmSpool::replay(const std::function<void(std::span<const std::int16_t>)>& take) {
  flush();
  std::vector<std::int16_t> block(spool_block);
  for (std::uint64_t at = 0; at < bytes_;) {
    const ssize_t n = ::pread(file_.get(), block.data(), block.size() * sizeof(std::int16_t),
                              static_cast<off_t>(at));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0 || n % static_cast<ssize_t>(sizeof(std::int16_t)) != 0) spool_failed("read");
    at += static_cast<std::uint64_t>(n);
    take(std::span(block).first(static_cast<std::size_t>(n) / sizeof(std::int16_t)));
  }
}

}  // namespace handout::speech
