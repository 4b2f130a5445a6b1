#include "archive/zip_archive.h"

#include <fcntl.h>
#include <minizip/zip.h>
#include <unistd.h>
#include <zlib.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "os/unique_fd.h"

namespace handout::archive {

namespace {

// DOS date and time of every entry: 1980-01-01 00:00:00.
constexpr uLong dos_date = (0 << 9) | (1 << 5) | 1;
constexpr uLong dos_time = 0;
// A regular file readable and writable by all, whatever the source's own mode, made on Unix
// (the "version made by" says so, or readers would not look at the mode), zip version 2.0.
constexpr uLong unix_attributes = 0100666u << 16;
constexpr uLong made_by_unix = (3 << 8) | 20;
constexpr int deflate_memory_level = 8;  // zlib's default

std::string reason(int code) {
  if (code == ZIP_ERRNO) return std::strerror(errno);
  if (code == ZIP_PARAMERROR) return "a parameter was refused";
  return "minizip failed (" + std::to_string(code) + ")";
}

[[noreturn]] void fail(const std::string& what, int code) {
  throw std::runtime_error("cannot write the archive (" + what + "): " + reason(code));
}

void require(int code, const std::string& what) {
  if (code != ZIP_OK) fail(what, code);
}

struct ZipClose {
  void operator()(void* zip) const { zipClose(zip, nullptr); }
};
using Zip = std::unique_ptr<void, ZipClose>;

// The archive in memory, where minizip writes it: it seeks back to fill in each entry's sizes
// once the entry's data is written.
struct MemoryArchive {
  std::string bytes;
  std::size_t at = 0;
};

voidpf open_memory(voidpf opaque, const void* /*name*/, int /*mode*/) {
  return opaque;
}
uLong read_memory(voidpf /*opaque*/, voidpf /*stream*/, void* /*data*/, uLong /*size*/) {
  return 0;  // an archive being made is never read
}
uLong write_memory(voidpf /*opaque*/, voidpf stream, const void* data, uLong size) {
  auto* archive = static_cast<MemoryArchive*>(stream);
  if (archive->at + size > archive->bytes.size()) archive->bytes.resize(archive->at + size);
  std::memcpy(archive->bytes.data() + archive->at, data, size);
  archive->at += size;
  return size;
}
ZPOS64_T tell_memory(voidpf /*opaque*/, voidpf stream) {
  return static_cast<MemoryArchive*>(stream)->at;
}
long seek_memory(voidpf /*opaque*/, voidpf stream, ZPOS64_T offset, int origin) {
  auto* archive = static_cast<MemoryArchive*>(stream);
  const std::size_t from = origin == ZLIB_FILEFUNC_SEEK_SET   ? 0
                           : origin == ZLIB_FILEFUNC_SEEK_CUR ? archive->at
                                                              : archive->bytes.size();
  archive->at = from + offset;
  return 0;
}
int close_memory(voidpf /*opaque*/, voidpf /*stream*/) {
  return 0;
}
int error_memory(voidpf /*opaque*/, voidpf /*stream*/) {
  return 0;
}

// A file's contents copied into the open entry a block at a time, never held whole.
void copy_file(zipFile zip, const Entry& file) {
  const os::UniqueFd in(::open(file.file.c_str(), O_RDONLY | O_CLOEXEC));
  if (!in) fail("read " + file.file.string(), ZIP_ERRNO);
  std::array<char, 1 << 16> block{};
  for (;;) {
    const ssize_t got = ::read(in.get(), block.data(), block.size());
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) fail("read " + file.file.string(), ZIP_ERRNO);
    if (got == 0) return;
    require(zipWriteInFileInZip(zip, block.data(), static_cast<unsigned>(got)), file.path);
  }
}

void add(zipFile zip, const Entry& file) {
  zip_fileinfo info{};
  info.dosDate = (dos_date << 16) | dos_time;
  info.external_fa = unix_attributes;
  // Stored entries get level 0: minizip marks levels 8 and 9 in the entry's flags.
  require(zipOpenNewFileInZip4_64(zip, file.path.c_str(), &info, nullptr, 0, nullptr, 0, nullptr,
                                  file.compress ? Z_DEFLATED : 0, file.compress ? 9 : 0, 0,
                                  -MAX_WBITS, deflate_memory_level, Z_DEFAULT_STRATEGY, nullptr, 0,
                                  made_by_unix, 0, 0),
          file.path);
  if (!file.file.empty()) {
    copy_file(zip, file);
  } else {
    require(zipWriteInFileInZip(zip, file.bytes.data(), static_cast<unsigned>(file.bytes.size())),
            file.path);
  }
  require(zipCloseFileInZip(zip), file.path);
}

// Adds the entries and finishes the archive (its central directory is written when it closes).
void add_all(Zip zip, std::span<const Entry> entries) {
  for (const Entry& entry : entries) add(zip.get(), entry);
  require(zipClose(zip.release(), nullptr), "close");
}

}  // namespace

std::string zip_archive(std::span<const Entry> entries) {
  MemoryArchive archive;
  zlib_filefunc64_def memory{open_memory, read_memory,  write_memory, tell_memory,
                             seek_memory, close_memory, error_memory, &archive};
  Zip zip(zipOpen2_64("memory", APPEND_STATUS_CREATE, nullptr, &memory));
  if (!zip) fail("open", ZIP_INTERNALERROR);
  add_all(std::move(zip), entries);
  return std::move(archive.bytes);
}

namespace {

// minizip's fopen, but never through a symbolic link (the file is one a build spooled).
voidpf open_no_follow(voidpf, const void* filename, int) {
  os::UniqueFd fd(::open(static_cast<const char*>(filename),
                         O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644));
  if (!fd) return nullptr;
  FILE* file = ::fdopen(fd.get(), "wb");
  if (file != nullptr) fd.release();  // the FILE owns it now, closed by minizip
  return file;
}

}  // namespace

void write_zip_archive(std::span<const Entry> entries, const std::filesystem::path& path) {
  zlib_filefunc64_def on_disk{};
  fill_fopen64_filefunc(&on_disk);
  on_disk.zopen64_file = open_no_follow;
  Zip zip(zipOpen2_64(path.c_str(), APPEND_STATUS_CREATE, nullptr, &on_disk));
  if (!zip) fail("open " + path.string(), ZIP_ERRNO);
  add_all(std::move(zip), entries);
}

}  // namespace handout::archive
