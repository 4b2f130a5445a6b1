#include "epub/zip_archive.h"

#include <zip.h>

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

[[noreturn]] void fail(const std::string& what, zip_error_t* error) {
  throw std::runtime_error("cannot write the EPUB archive (" + what +
                           "): " + zip_error_strerror(error));
}

void add(zip_t* zip, const PackageFile& file) {
  const std::string_view bytes = file.contents();
  zip_source_t* data = zip_source_buffer(zip, bytes.data(), bytes.size(), 0);  // not copied
  if (data == nullptr) fail(file.path, zip_get_error(zip));
  const zip_int64_t index = zip_file_add(zip, file.path.c_str(), data, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(data);
    fail(file.path, zip_get_error(zip));
  }
  const auto i = static_cast<zip_uint64_t>(index);
  const zip_int32_t method = file.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE;
  if (zip_set_file_compression(zip, i, method, file.compress ? 9 : 0) != 0 ||
      zip_file_set_dostime(zip, i, dos_time, dos_date, 0) != 0)
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
