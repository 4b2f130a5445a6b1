#include "cli/out_folder.h"

#include <algorithm>
#include <system_error>

#include "cli/content_hash.h"
#include "cli/manifest.h"
#include "cli/output_names.h"
#include "writers/writers.h"

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

std::string content_folder_id(const fs::path& content) {
  return hash_bytes(resolved(content).string());
}

namespace {

bool could_be_ours(const std::string& name, const std::vector<std::string>& ids) {
  // Hidden files (.gitkeep, .htaccess, .DS_Store) are the folder's own notes, not a clinic's
  // documents: they do not make a folder foreign (and a build never deletes them).
  if (name.starts_with('.') || is_own_file(name) || name == manifest_name) return true;
  for (const writer::Writer* w : writers::all())
    if (is_collection_name(w->name(), name)) return true;
  return std::ranges::any_of(ids, [&](const std::string& id) {
    return name.starts_with(id) && is_any_derived_output(id, name);
  });
}

}  // namespace

OutFolderState out_folder_state(const fs::path& out, const std::vector<std::string>& ids,
                                std::string manifest_content) {
  OutFolderState state;
  std::error_code error;
  state.has_manifest = fs::is_regular_file(fs::symlink_status(out / manifest_name, error));
  state.manifest_content = std::move(manifest_content);
  for (fs::directory_iterator it(out, error), end; !error && it != end; it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (!could_be_ours(name, ids)) state.foreign_files.push_back(name);
    if (state.foreign_files.size() == 3) break;
  }
  return state;
}

std::optional<std::string> foreign_folder_problem(const fs::path& out, const OutFolderState& state,
                                                  const std::string& content_id) {
  const std::string named = "the output folder '" + out.generic_string() + "' ";
  if (state.has_manifest && !state.manifest_content.empty() && state.manifest_content != content_id)
    return named +
           "holds the outputs of another content folder (its manifest.json says so), whose "
           "handouts this build would remove; choose another folder with --out, or add "
           "--take-over to make it this content folder's output folder";
  if (!state.has_manifest && !state.foreign_files.empty()) {
    std::string files;
    for (const std::string& name : state.foreign_files)
      files += (files.empty() ? "'" : ", '") + name + "'";
    return named + "holds files handout did not make (" + files +
           ") and no manifest.json, so it is not a build's output folder; name an empty or new "
           "folder with --out, or add --take-over to build into it (a build never deletes a "
           "file it did not make)";
  }
  return std::nullopt;
}

}  // namespace handout::cli
