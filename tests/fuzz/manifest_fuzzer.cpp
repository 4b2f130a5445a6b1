// libFuzzer target: an output folder's manifest.json is written by whoever can write there, so
// any bytes must give a manifest or the reader's one error, never a crash; and what it gives
// names no file the build did not derive (what it deletes comes from derived names only). The
// products a record keeps read back as typed values or are refused (then the format is rendered
// again), and what reads back writes out as it read.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "cli/manifest.h"
#include "cli/output_names.h"
#include "model/diagnostic.h"
#include "writer/products_json.h"
#include "writers/writers.h"

namespace {

void check(bool condition) {
  if (!condition) __builtin_trap();
}

void check_products(const std::string& format, const nlohmann::json& products) {
  using namespace handout;
  const writer::Writer* w = writers::find(format);
  if (!w || products.is_null()) return;
  try {
    const nlohmann::json again =
        writer::products_to_json(writer::products_from_json(products, w->provides()));
    check(writer::products_to_json(writer::products_from_json(again, w->provides())) == again);
  } catch (const nlohmann::json::exception&) {
  } catch (const std::invalid_argument&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace handout;
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const cli::Manifest manifest = cli::parse_manifest(text, "manifest.json");
    for (const auto& [id, entry] : manifest.handouts)
      for (const auto& [format, record] : entry.formats) {
        for (const cli::OutputRecord& output : record.outputs) {
          check(cli::is_plain_file_name(output.name));
          check(cli::is_derived_output(format, id, output.name));
        }
        check_products(format, record.products);
      }
    for (const auto& [format, record] : manifest.collection)
      for (const cli::OutputRecord& output : record.outputs)
        check(cli::is_collection_name(format, output.name));
  } catch (const model::Error&) {
  }
  return 0;
}
