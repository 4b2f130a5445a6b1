#include "cli/manifest.h"

#include <fstream>

#include "cli/manifest_json.h"
#include "cli/output_names.h"
#include "model/diagnostic.h"

namespace handout::cli {

using nlohmann::json;

std::string to_json(const Manifest& manifest) {
  return json(manifest).dump(2) + '\n';
}

Manifest load_manifest(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return {};
  try {
    return without_underived(json::parse(in).get<Manifest>());
  } catch (const json::exception& error) {
    throw model::Error(
        {path.string(), {}, std::string("unreadable manifest (") + error.what() + ")"});
  }
}

}  // namespace handout::cli
