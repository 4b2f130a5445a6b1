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

// The lang attribute of a handout file's root, read without checking anything else, for the
// rebuild key before the handout is read; empty when the file cannot be parsed.
std::string handout_language(const std::filesystem::path& file);

// The src of every <figure> of a handout file, read the same way (nothing checked): what its
// rebuild key hashes besides the file.
std::vector<std::string> handout_pictures(const std::filesystem::path& file);

std::optional<model::Clinic> load_clinic(const std::filesystem::path& content_dir,
                                         model::Diagnostics& out);
// An empty lexicon when the folder has none.
std::optional<model::Lexicon> load_lexicon(const std::filesystem::path& content_dir,
                                           model::Diagnostics& out);

// Every lexicon of the folder, one per language: lexicon.pls, of the language its xml:lang
// names, and lexicon.<language>.pls such as lexicon.es.pls, whose xml:lang must name that
// language (es, or es-MX …). A handout uses the one of its language (lang::same_language:
// "es-MX" and "es" are Spanish, "en-GB" and "en-US" English). lexicon.pls comes first, then by
// name; nullopt when one has an error, a name that is not a language or the language of
// another.
std::optional<std::vector<model::Lexicon>> load_lexicons(const std::filesystem::path& content_dir,
                                                         model::Diagnostics& out);

}  // namespace handout::content
