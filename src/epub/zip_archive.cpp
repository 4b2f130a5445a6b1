#include "epub/zip_archive.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include <cerrno>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <utility>

namespace handout::epub {

namespace {

struct ZipDiscard {
  void operator()(zip_t* zip) const { zip_discard(zip); }
};
struct SourceFree {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};
using Zip = std::unique_ptr<zip_t, ZipDiscard>;
using Source = std::unique_ptr<zip_source_t, SourceFree>;

// DOS date and time of every entry: 1980-01-01 00:00:00.
constexpr zip_uint16_t dos_date = (0 << 9) | (1 << 5) | 1;
constexpr zip_uint16_t dos_time = 0;
// A regular file readable and writable by all, whatever the source's own mode (a file read
// from disk would give its mode): what libzip gives an entry from memory.
constexpr zip_uint32_t unix_attributes = 0100666u << 16;

[[noreturn]] void fail(const std::string& what, zip_error_t* error) {
  throw std::runtime_error("cannot write the EPUB archive (" + what +
                           "): " + zip_error_strerror(error));
}

// A file read in pieces while the archive is written. Not zip_source_file, which gives the
// entry the file's own mode: the archive's bytes would depend on the disk's permissions.
struct FileReader {
  std::filesystem::path path;
  int fd = -1;
  zip_error_t error{};
};

zip_int64_t read_spooled(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command) {
  auto* reader = static_cast<FileReader*>(state);
  auto failed = [reader](int code) {
    zip_error_set(&reader->error, code, errno);
    return zip_int64_t{-1};
  };
  switch (command) {
    case ZIP_SOURCE_OPEN:
      reader->fd = ::open(reader->path.c_str(), O_RDONLY | O_CLOEXEC);
      return reader->fd < 0 ? failed(ZIP_ER_OPEN) : 0;
    case ZIP_SOURCE_READ: {
      ssize_t got = 0;
      do got = ::read(reader->fd, data, length);
      while (got < 0 && errno == EINTR);
      return got < 0 ? failed(ZIP_ER_READ) : got;
    }
    case ZIP_SOURCE_CLOSE:
      ::close(std::exchange(reader->fd, -1));
      return 0;
    case ZIP_SOURCE_STAT: {
      struct stat info {};
      if (::stat(reader->path.c_str(), &info) != 0) return failed(ZIP_ER_READ);
      auto* stat = static_cast<zip_stat_t*>(data);
      zip_stat_init(stat);
      stat->size = static_cast<zip_uint64_t>(info.st_size);
      stat->valid |= ZIP_STAT_SIZE;
      return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
      return zip_error_to_data(&reader->error, data, length);
    case ZIP_SOURCE_FREE:
      if (reader->fd >= 0) ::close(reader->fd);
      zip_error_fini(&reader->error);
      std::unique_ptr<FileReader>{reader};  // libzip owned it until now
      return 0;
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                            ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
      zip_error_set(&reader->error, ZIP_ER_OPNOTSUPP, 0);
      return -1;
  }
}

zip_source_t* source(zip_t* zip, const PackageFile& file) {
  if (!file.file.empty()) {
    auto reader = std::make_unique<FileReader>();
    reader->path = file.file;
    zip_error_init(&reader->error);
    zip_source_t* read = zip_source_function(zip, read_spooled, reader.get());
    if (read != nullptr) reader.release();  // freed by ZIP_SOURCE_FREE
    return read;
  }
  const std::string_view bytes = file.contents();
  return zip_source_buffer(zip, bytes.data(), bytes.size(), 0);  // not copied
}

void add(zip_t* zip, const PackageFile& file) {
  zip_source_t* data = source(zip, file);
  if (data == nullptr) fail(file.path, zip_get_error(zip));
  const zip_int64_t index = zip_file_add(zip, file.path.c_str(), data, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(data);
    fail(file.path, zip_get_error(zip));
  }
  const auto i = static_cast<zip_uint64_t>(index);
  const zip_int32_t method = file.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE;
  if (zip_set_file_compression(zip, i, method, file.compress ? 9 : 0) != 0 ||
      zip_file_set_dostime(zip, i, dos_time, dos_date, 0) != 0 ||
      zip_file_set_external_attributes(zip, i, 0, ZIP_OPSYS_UNIX, unix_attributes) != 0)
    fail(file.path, zip_get_error(zip));
}

// Adds the files and writes the archive (libzip writes it when it is closed).
void add_all(Zip zip, const std::vector<PackageFile>& files) {
  for (const PackageFile& file : files) add(zip.get(), file);
  if (zip_close(zip.get()) != 0) fail("close", zip_get_error(zip.get()));
  zip.release();  // zip_close freed it
}

std::string read_all(zip_source_t* source) {
  zip_stat_t stat;
  if (zip_source_open(source) != 0) fail("reopen", zip_source_error(source));
  if (zip_source_stat(source, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0) {
    zip_source_close(source);
    fail("size", zip_source_error(source));
  }
  std::string bytes(stat.size, '\0');
  const zip_int64_t read = zip_source_read(source, bytes.data(), stat.size);
  zip_source_close(source);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
    fail("read", zip_source_error(source));
  return bytes;
}

}  // namespace

std::string zip_archive(const std::vector<PackageFile>& files) {
  zip_error_t error;
  zip_error_init(&error);
  Source buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) fail("buffer", &error);
  zip_source_keep(buffer.get());  // the archive's close releases it once; we still read it
  Zip zip(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
  if (!zip) {
    zip_source_free(buffer.get());  // undo the keep
    fail("open", &error);
  }
  add_all(std::move(zip), files);
  return read_all(buffer.get());
}

void write_zip_archive(const std::vector<PackageFile>& files, const std::filesystem::path& path) {
  int error = 0;
  Zip zip(zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error));
  if (!zip) {
    zip_error_t opened;
    zip_error_init_with_code(&opened, error);
    fail("open " + path.string(), &opened);
  }
  add_all(std::move(zip), files);
}

}  // namespace handout::epub
