#pragma once
// Where a build may write: the output folder is the build's own. A build removes the files it
// no longer makes there and the temporary files a killed build left, and `watch` rebuilds when
// a file under the content folder changes; so the output folder may not be the root, the
// content folder, a folder holding it, or a folder inside it.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace handout::cli {

// Why `out` may not be the output folder for `content`, in words for a usage error, or nothing
// when it may. Relative paths are taken from the current folder; neither needs to exist.
std::optional<std::string> out_folder_problem(const std::filesystem::path& out,
                                              const std::filesystem::path& content);

// A content folder's identity in an output folder's manifest: a hash of its resolved path, so
// that the published manifest names no path of the machine that built it.
std::string content_folder_id(const std::filesystem::path& content);

// What an output folder that already exists holds, for foreign_folder_problem().
struct OutFolderState {
  bool has_manifest = false;
  std::string manifest_content;  // the content_folder_id its manifest records; empty when none
  std::vector<std::string> foreign_files;  // names the build could not have made, a few
};

// Reads `out`'s names (not their contents): what the build could have made is a derived output
// of one of `ids`, a collection file, the manifest, the lock or a temporary file.
OutFolderState out_folder_state(const std::filesystem::path& out,
                                const std::vector<std::string>& ids, std::string manifest_content);

// Why a build of the content folder `content_id` must not write into an existing output folder
// (it belongs to another content folder, or it is not a build's folder at all), unless the
// admin said --take-over; nothing when it may.
std::optional<std::string> foreign_folder_problem(const std::filesystem::path& out,
                                                  const OutFolderState& state,
                                                  const std::string& content_id);

}  // namespace handout::cli
