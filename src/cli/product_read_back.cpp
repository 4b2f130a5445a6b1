#include "cli/product_read_back.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <memory>
#include <stdexcept>

#include "cli/content_hash.h"
#include "cli/output_names.h"
#include "os/fd_io.h"
#include "os/inside_folder.h"
#include "writer/products_json.h"
#include "writers/writers.h"

namespace handout::cli {

namespace {

namespace fs = std::filesystem;

// Copies the descriptor's file to `to` (a file just created: no link); false when a read or a
// write fails.
bool copy_into(const os::UniqueFd& from, const fs::path& to) {
  const os::UniqueFd fd(::open(to.c_str(), O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC));
  if (!fd) return false;
  std::array<char, 1 << 16> piece;
  for (;;) {
    const ssize_t got = ::read(from.get(), piece.data(), piece.size());
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return false;
    if (got == 0) return true;
    if (!os::write_all(fd.get(), {piece.data(), static_cast<std::size_t>(got)})) return false;
  }
}

// The output `name` of `record`, copied from `out` into a new spooled file, when it is one of
// the record's outputs and holds what the record says.
std::shared_ptr<const writer::SpooledFile> copy_output(const FormatRecord& record,
                                                       const std::string& name, const fs::path& out,
                                                       const fs::path& scratch) {
  const auto output = std::ranges::find(record.outputs, name, &OutputRecord::name);
  if (output == record.outputs.end() || !is_plain_file_name(name)) return nullptr;
  const os::InsideFile file = os::open_inside(out, name);  // never through a symbolic link
  if (file.problem != os::InsideFile::Problem::none) return nullptr;
  auto copy = std::make_shared<const writer::SpooledFile>(scratch);
  if (!copy_into(file.fd, copy->path())) return nullptr;
  std::error_code error;
  if (fs::file_size(copy->path(), error) != output->size || error ||
      hash_file_contents(copy->path()) != output->hash)
    return nullptr;
  return copy;
}

}  // namespace

std::optional<writer::Products> read_back_products(std::string_view format, std::string_view id,
                                                   const FormatRecord& record, const fs::path& out,
                                                   const fs::path& scratch) {
  const writer::Writer* w = writers::find(format);
  if (!w || w->provides().empty() || record.products.is_null()) return std::nullopt;
  writer::Products products;
  try {
    products = writer::products_from_json(record.products, w->provides());
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  } catch (const std::invalid_argument&) {
    return std::nullopt;
  }
  for (writer::OutputFile* file : writer::product_files(products)) {
    if (!is_derived_output(format, id, file->name)) return std::nullopt;
    file->spooled = copy_output(record, file->name, out, scratch);
    if (!file->spooled) return std::nullopt;
  }
  return products;
}

}  // namespace handout::cli
