// libFuzzer target: an output folder's manifest.json is written by whoever can write there, so
// any bytes must give a manifest or the reader's one error, never a crash; and what it gives
// names no file the build did not derive (what it deletes comes from derived names only).
#include <cstddef>
#include <cstdint>
#include <string>

#include "cli/manifest.h"
#include "cli/output_names.h"
#include "model/diagnostic.h"

namespace {

void check(bool condition) {
  if (!condition) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace handout;
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const cli::Manifest manifest = cli::parse_manifest(text, "manifest.json");
    for (const auto& [id, entry] : manifest.handouts)
      for (const auto& [format, record] : entry.formats)
        for (const cli::OutputRecord& output : record.outputs) {
          check(cli::is_plain_file_name(output.name));
          check(cli::is_derived_output(format, id, output.name));
        }
    for (const auto& [format, record] : manifest.collection)
      for (const cli::OutputRecord& output : record.outputs)
        check(cli::is_collection_name(format, output.name));
  } catch (const model::Error&) {
  }
  return 0;
}
