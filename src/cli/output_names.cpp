#include "cli/output_names.h"

#include <algorithm>
#include <string>
#include <vector>

#include "content/text_rules.h"
#include "writers/writers.h"

namespace handout::cli {

bool is_plain_file_name(std::string_view name) {
  return !name.empty() && name != "." && name != ".." &&
         name.find_first_of(std::string_view("/\0", 2)) == std::string_view::npos;
}

bool is_derived_output(std::string_view format, std::string_view id, std::string_view name) {
  if (!content::is_valid_id(id) || !name.starts_with(id)) return false;
  const writer::Writer* w = writers::find(std::string(format));
  if (w == nullptr) return false;
  const std::string_view tail = name.substr(id.size());
  return std::ranges::any_of(w->outputs(),
                             [&](const writer::OutputKind& kind) { return kind.names(tail); });
}

bool is_any_derived_output(std::string_view id, std::string_view name) {
  return std::ranges::any_of(writers::all(), [&](const writer::Writer* w) {
    return is_derived_output(w->name(), id, name);
  });
}

bool is_collection_name(std::string_view format, std::string_view name) {
  const writer::Writer* w = writers::find(format);
  if (w == nullptr || !is_plain_file_name(name) || is_own_file(name)) return false;
  const std::vector<std::string> declared = w->collection_names();
  return std::ranges::find(declared, name) != declared.end();
}

bool is_own_file(std::string_view name) {
  return name == "manifest.json" || name.starts_with(".handout");
}

Manifest without_underived(Manifest manifest) {
  std::erase_if(manifest.handouts,
                [](const auto& entry) { return !content::is_valid_id(entry.first); });
  for (auto& [id, entry] : manifest.handouts) {
    std::erase_if(entry.formats,
                  [](const auto& format) { return writers::find(format.first) == nullptr; });
    for (auto& [format, record] : entry.formats) {
      const std::string_view name = format, handout = id;
      std::erase_if(record.outputs, [&](const OutputRecord& output) {
        return !is_derived_output(name, handout, output.name);
      });
    }
  }
  std::erase_if(manifest.collection,
                [](const auto& format) { return writers::find(format.first) == nullptr; });
  for (auto& [format, record] : manifest.collection) {
    const std::string_view name = format;
    std::erase_if(record.outputs, [&](const OutputRecord& output) {
      return !is_collection_name(name, output.name);
    });
  }
  return manifest;
}

}  // namespace handout::cli
