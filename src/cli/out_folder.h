#pragma once
// Where a build may write: the output folder is the build's own. A build removes the files it
// no longer makes there and the temporary files a killed build left, and `watch` rebuilds when
// a file under the content folder changes; so the output folder may not be the root, the
// content folder, a folder holding it, or a folder inside it.
#include <filesystem>
#include <optional>
#include <string>

namespace handout::cli {

// Why `out` may not be the output folder for `content`, in words for a usage error, or nothing
// when it may. Relative paths are taken from the current folder; neither needs to exist.
std::optional<std::string> out_folder_problem(const std::filesystem::path& out,
                                              const std::filesystem::path& content);

}  // namespace handout::cli
