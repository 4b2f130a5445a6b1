#pragma once
// A content folder: clinic.xml, an optional lexicon.pls and handouts/<id>.xml.
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "model/clinic.h"
#include "model/diagnostic.h"
#include "model/lexicon.h"

namespace handout::content {

struct HandoutFile {
  std::string id;              // the file name without ".xml"
  std::filesystem::path path;  // to open
  std::string display_name;    // for messages, as the admin would type it
};

// The handout files of `content_dir`, sorted by id; with `ids` given, only those (an id
// with no file is reported). A file that is a link leading outside the folder is reported.
std::vector<HandoutFile> find_handouts(const std::filesystem::path& content_dir,
                                       std::span<const std::string> ids, model::Diagnostics& out);
// The same, with stray files that are not handouts (a PDF, notes.txt) as `warnings`; hidden
// files, editor backups, Thumbs.db and desktop.ini are passed over without a word.
std::vector<HandoutFile> find_handouts(const std::filesystem::path& content_dir,
                                       std::span<const std::string> ids, model::Diagnostics& out,
                                       model::Diagnostics& warnings);

std::optional<model::Clinic> load_clinic(const std::filesystem::path& content_dir,
                                         model::Diagnostics& out);
// An empty lexicon when the folder has none.
std::optional<model::Lexicon> load_lexicon(const std::filesystem::path& content_dir,
                                           model::Diagnostics& out);

}  // namespace handout::content
