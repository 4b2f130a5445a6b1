#include "sample_handout.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "content/clinical_lexicon_reader.h"
#include "content/content_folder.h"
#include "content/handout_reader.h"

namespace handout::testing {

namespace {

// What went wrong, one diagnostic a line.
[[noreturn]] void fail(const std::string& what, const model::Diagnostics& diagnostics) {
  std::string message = what;
  for (const model::Diagnostic& d : diagnostics) message += "\n" + model::format(d);
  throw std::runtime_error(message);
}

}  // namespace

std::filesystem::path sample_content() {
  return std::filesystem::path(HANDOUT_SOURCE_DIR) / "content";
}

std::filesystem::path exercise_content() {
  return std::filesystem::path(HANDOUT_SOURCE_DIR) / "tests" / "data" / "exercise-content";
}

model::Handout read_exercise_sampler() {
  return read_handout_in(exercise_content(), "exercise-sampler");
}

std::filesystem::path table_content() {
  return std::filesystem::path(HANDOUT_SOURCE_DIR) / "tests" / "data" / "table-content";
}

model::Handout read_table_sampler() {
  return read_handout_in(table_content(), "table-sampler");
}

std::vector<std::string> sample_ids() {
  std::vector<std::string> ids;
  for (const auto& entry : std::filesystem::directory_iterator(sample_content() / "handouts"))
    if (entry.path().extension() == ".xml") ids.push_back(entry.path().stem().string());
  std::ranges::sort(ids);
  return ids;
}

model::Handout read_sample(const std::string& id) {
  return read_handout_in(sample_content(), id);
}

model::Handout read_handout_in(const std::filesystem::path& content_dir, const std::string& id) {
  model::Diagnostics diagnostics;
  model::Diagnostics stray_files;  // warnings of the folder's other files: not this handout's
  const std::optional<model::Clinic> clinic = content::load_clinic(content_dir, diagnostics);
  const std::vector<content::HandoutFile> files =
      content::find_handouts(content_dir, std::array{id}, diagnostics, stray_files);
  std::optional<model::Handout> handout;
  if (clinic && files.size() == 1) {
    const content::HandoutFile& file = files.front();
    handout = content::read_handout(file.path, file.display_name, {file.id, &*clinic, content_dir},
                                    diagnostics);
  }
  if (!handout || !diagnostics.empty())
    fail("cannot read handout '" + id + "' of " + content_dir.string() + ":", diagnostics);
  return std::move(*handout);
}

const model::Lexicon& sample_lexicon() {
  static const model::Lexicon lexicon = [] {
    model::Diagnostics diagnostics;
    std::optional<model::Lexicon> read = content::load_lexicon(sample_content(), diagnostics);
    if (!read || !diagnostics.empty()) fail("cannot read the sample lexicon:", diagnostics);
    return std::move(*read);
  }();
  return lexicon;
}

const model::ClinicalLexicon& shipped_clinical_lexicon(const std::string& language) {
  static std::mutex mutex;
  static std::map<std::string, model::ClinicalLexicon> read;
  const std::lock_guard lock(mutex);
  if (const auto found = read.find(language); found != read.end()) return found->second;
  const std::filesystem::path file =
      std::filesystem::path(HANDOUT_SOURCE_DIR) / "clinical-lexicon" / (language + ".txt");
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + file.string());
  std::ostringstream text;
  text << in.rdbuf();
  model::Diagnostics diagnostics;
  model::ClinicalLexicon lexicon =
      content::read_clinical_lexicon(text.str(), file.string(), language, diagnostics);
  if (!diagnostics.empty()) fail("cannot read the clinical lexicon:", diagnostics);
  return read.emplace(language, std::move(lexicon)).first->second;
}

}  // namespace handout::testing
