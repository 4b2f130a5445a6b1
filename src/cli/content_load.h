#pragma once
// What `check` and `build` both load from the content folder before any handout.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "content/content_folder.h"
#include "model/clinic.h"
#include "model/clinical_lexicon.h"
#include "model/lexicon.h"

namespace handout::cli {

struct LoadedContent {
  bool folder_found = false;
  std::optional<model::Clinic> clinic;
  std::optional<std::vector<model::Lexicon>> lexicons;  // one per language; maybe none
  std::filesystem::path broken_lexicon;                 // the first that stops them, if any
  // The clinical lexicons the tool ships, one per language (none when the folder is missing:
  // a warning says so).
  std::vector<model::ClinicalLexicon> clinical_lexicons;
  std::vector<content::HandoutFile> files;
  // Whether handouts/ could be listed: when it could not, `files` says nothing about which
  // handouts are gone, and a build must remove no output.
  bool handouts_listed = false;
  model::Diagnostics warnings;  // placeholders in clinic.xml, stray files in handouts/

  // Every handout depends on clinic.xml and the lexicons.
  bool shared_files_ok() const { return clinic && lexicons; }
  // When shared_files_ok() is false: which file stops every handout, said plainly.
  std::string blocked_message(const std::filesystem::path& content_dir) const;
};

LoadedContent load_content(const std::filesystem::path& content_dir,
                           std::span<const std::string> ids, model::Diagnostics& out);

// The clinical lexicons in `folder` (clinical-lexicon/<language>.txt), by file name; a line
// that breaks the format is reported in `out` and left out.
std::vector<model::ClinicalLexicon> load_clinical_lexicons(const std::filesystem::path& folder,
                                                           model::Diagnostics& out);

// "warning: file: message" for each.
void print_warnings(const model::Diagnostics& warnings);

}  // namespace handout::cli
