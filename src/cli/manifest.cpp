#include "cli/manifest.h"

#include <unistd.h>

#include <cerrno>

#include "cli/manifest_json.h"
#include "cli/output_names.h"
#include "model/diagnostic.h"
#include "os/regular_file.h"

namespace handout::cli {

using nlohmann::json;

std::string to_json(const Manifest& manifest) {
  return json(manifest).dump(2) + '\n';
}

Manifest load_manifest(const std::filesystem::path& path) {
  // Only a regular file is read: a FIFO planted under its name must not hang a build.
  const os::RegularFile file = os::open_regular_file(path);
  if (file.problem == os::RegularFile::Problem::missing) return {};
  if (!file.fd) throw model::Error({path.string(), {}, "unreadable manifest (not a regular file)"});
  std::string text;
  char piece[1 << 16];
  for (ssize_t got; (got = ::read(file.fd.get(), piece, sizeof piece)) != 0;) {
    if (got < 0 && errno == EINTR) continue;
    if (got < 0 || text.size() > max_manifest_bytes)
      throw model::Error({path.string(), {}, "unreadable manifest (too large or unreadable)"});
    text.append(piece, static_cast<std::size_t>(got));
  }
  return parse_manifest(text, path.string());
}

Manifest parse_manifest(std::string_view text, const std::string& name) {
  try {
    return without_underived(json::parse(text).get<Manifest>());
  } catch (const json::exception& error) {
    throw model::Error({name, {}, std::string("unreadable manifest (") + error.what() + ")"});
  }
}

}  // namespace handout::cli
