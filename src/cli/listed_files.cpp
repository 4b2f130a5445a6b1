#include "cli/listed_files.h"

#include "cli/content_hash.h"
#include "writers/writers.h"

namespace handout::cli {

std::vector<writer::ListedFile> listed_files(std::string_view id, const FormatRecords& records,
                                             std::string_view except) {
  std::vector<writer::ListedFile> out;
  for (const writer::Writer* w : writers::all()) {
    const auto format = records.find(std::string(w->name()));
    if (format == records.end() || w->name() == except) continue;
    for (const writer::OutputKind& kind : w->outputs())
      for (const OutputRecord& output : format->second.outputs)
        if (output.name.starts_with(id) &&
            kind.names(std::string_view(output.name).substr(id.size())))
          out.push_back({output.name, kind, output.size, format->second.stale});
  }
  return out;
}

FormatRecords present_in(const FormatRecords& records, const std::filesystem::path& out) {
  FormatRecords present;
  for (const auto& [name, record] : records) {
    FormatRecord kept = record;
    std::erase_if(kept.outputs, [&](const OutputRecord& output) {
      std::error_code error;
      return std::filesystem::file_size(out / output.name, error) != output.size || error;
    });
    if (!kept.outputs.empty()) present.emplace(name, std::move(kept));
  }
  return present;
}

std::string listed_hash(std::span<const writer::ListedFile> files) {
  ContentHash hash;
  for (const writer::ListedFile& file : files)
    hash.add(file.name).add(std::to_string(file.size)).add(file.stale ? "stale" : "current");
  return hash.hex();
}

}  // namespace handout::cli
