#include "cli/out_folder.h"

#include <algorithm>
#include <system_error>

namespace handout::cli {

namespace {

namespace fs = std::filesystem;

// The folder as an absolute path with every symbolic link, "." and ".." resolved, and no
// trailing separator ("out/" is "out").
fs::path resolved(const fs::path& folder) {
  std::error_code error;
  fs::path path = fs::weakly_canonical(fs::absolute(folder, error), error);
  if (error) path = fs::absolute(folder).lexically_normal();
  if (!path.has_filename() && path != path.root_path()) path = path.parent_path();
  return path;
}

// Whether `inner` is `outer` or a folder below it.
bool within(const fs::path& inner, const fs::path& outer) {
  const auto [end, ignored] = std::ranges::mismatch(outer, inner);
  return end == outer.end();
}

}  // namespace

std::optional<std::string> out_folder_problem(const fs::path& out, const fs::path& content) {
  const fs::path o = resolved(out), c = resolved(content);
  const std::string named = "--out '" + out.string() + "' ";
  const std::string fix = "; give the build a folder of its own, e.g. --out out";
  if (o == o.root_path()) return named + "is the root folder" + fix;
  if (o == c) return named + "is the content folder" + fix;
  if (within(c, o)) return named + "holds the content folder '" + content.string() + "'" + fix;
  if (within(o, c)) return named + "is inside the content folder '" + content.string() + "'" + fix;
  return std::nullopt;
}

}  // namespace handout::cli
