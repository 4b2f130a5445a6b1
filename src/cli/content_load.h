#pragma once
// What `check` and `build` both load from the content folder before any handout.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "content/content_folder.h"
#include "model/clinic.h"
#include "model/lexicon.h"

namespace handout::cli {

struct LoadedContent {
  std::optional<model::Clinic> clinic;
  std::optional<model::Lexicon> lexicon;
  std::filesystem::path lexicon_file;  // empty when the folder has none
  std::vector<content::HandoutFile> files;

  // Every handout depends on clinic.xml and the lexicon.
  bool shared_files_ok() const { return clinic && lexicon; }
};

LoadedContent load_content(const std::filesystem::path& content_dir,
                           std::span<const std::string> ids, model::Diagnostics& out);

}  // namespace handout::cli
