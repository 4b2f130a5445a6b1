#include "cli/manifest.h"

#include <fstream>

#include "cli/manifest_json.h"

namespace handout::cli {

using nlohmann::json;

std::string to_json(const Manifest& manifest) {
  return json(manifest).dump(2) + '\n';
}

Manifest load_manifest(const std::filesystem::path& path, std::string& warning) {
  std::ifstream in(path);
  if (!in) return {};
  try {
    return json::parse(in).get<Manifest>();
  } catch (const json::exception& error) {
    warning =
        path.string() + ": unreadable manifest (" + error.what() + "); rebuilding every handout";
    return {};
  }
}

}  // namespace handout::cli
