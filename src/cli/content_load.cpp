#include "cli/content_load.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include "cli/fonts_location.h"
#include "content/clinical_lexicon_reader.h"
#include "content/placeholder_details.h"

namespace handout::cli {

namespace fs = std::filesystem;

namespace {

std::string shown(const fs::path& path) {
  return path.lexically_normal().generic_string();
}

model::Diagnostic folder_not_found(const fs::path& content_dir) {
  std::error_code error;
  const fs::path absolute = fs::absolute(content_dir, error);
  return {{},
          {},
          "the content folder '" + shown(content_dir) + "' was not found (looked in " +
              shown(error ? content_dir : absolute) +
              "); run handout in the folder that holds it, or name it with --content FOLDER"};
}

}  // namespace

std::string LoadedContent::blocked_message(const fs::path& content_dir) const {
  if (!folder_found) return "";
  const fs::path file = clinic ? broken_lexicon : content_dir / "clinic.xml";
  return "no handout can be checked or built until " + shown(file) + " is fixed";
}

LoadedContent load_content(const fs::path& content_dir, std::span<const std::string> ids,
                           model::Diagnostics& out) {
  LoadedContent loaded;
  if (!fs::is_directory(content_dir)) {
    out.push_back(folder_not_found(content_dir));
    return loaded;
  }
  loaded.folder_found = true;
  loaded.clinic = content::load_clinic(content_dir, out);
  // Said once for every handout that shows them, on every check and build until replaced.
  if (loaded.clinic) loaded.warnings = content::placeholder_clinic_details(*loaded.clinic);
  const std::size_t before = out.size();
  loaded.lexicons = content::load_lexicons(content_dir, out);
  if (!loaded.lexicons && out.size() > before) loaded.broken_lexicon = out[before].file;
  try {
    loaded.clinical_lexicons = load_clinical_lexicons(locate_clinical_lexicon(), loaded.warnings);
  } catch (const std::runtime_error& error) {
    loaded.warnings.push_back(
        {{},
         {},
         std::string(error.what()) + "; the recording reads clinical abbreviations without it",
         model::Severity::warning});
  }
  std::error_code unlisted;
  fs::directory_iterator(content_dir / "handouts", unlisted);
  loaded.handouts_listed = !unlisted;
  model::Diagnostics stray;
  loaded.files = content::find_handouts(content_dir, ids, out, stray);
  for (model::Diagnostic& warning : stray) {
    warning.severity = model::Severity::warning;
    loaded.warnings.push_back(std::move(warning));
  }
  return loaded;
}

std::vector<model::ClinicalLexicon> load_clinical_lexicons(const fs::path& folder,
                                                           model::Diagnostics& out) {
  std::vector<fs::path> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  std::ranges::sort(files);  // the same order, and so the same rebuild keys, every run
  std::vector<model::ClinicalLexicon> lexicons;
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    lexicons.push_back(
        content::read_clinical_lexicon(text.str(), file.string(), file.stem().string(), out));
  }
  return lexicons;
}

void print_warnings(const model::Diagnostics& warnings) {
  for (model::Diagnostic warning : warnings) {
    warning.severity = model::Severity::warning;  // "file: warning: message"
    std::cerr << model::format(warning) << '\n';
  }
}

}  // namespace handout::cli
