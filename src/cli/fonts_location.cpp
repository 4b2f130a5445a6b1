#include "cli/fonts_location.h"

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace handout::cli {

namespace fs = std::filesystem;

namespace {

bool is_folder(const fs::path& path) {
  std::error_code error;
  return fs::is_directory(path, error);
}

fs::path named(const fs::path& folder, const std::string& by, const std::string& what = "fonts") {
  if (!is_folder(folder))
    throw std::runtime_error("the " + what + " folder " + folder.string() + " (" + by +
                             ") does not exist");
  return folder;
}

fs::path program_folder() {
  std::error_code error;
  const fs::path program = fs::read_symlink("/proc/self/exe", error);
  return error ? fs::current_path() : program.parent_path();
}

}  // namespace

fs::path locate_fonts(const fs::path& given) {
  if (!given.empty()) return named(given, "--fonts");
  if (const char* variable = std::getenv("HANDOUT_FONTS_DIR"); variable && *variable)
    return named(variable, "HANDOUT_FONTS_DIR");
  const fs::path program = program_folder();
  const fs::path installed = (program / "../share/handout/fonts").lexically_normal();
  const fs::path build_tree = program / "fonts";
  for (const fs::path& folder : {installed, build_tree})
    if (is_folder(folder)) return folder;
  throw std::runtime_error("no fonts folder: looked in " + installed.string() + " and " +
                           build_tree.string() +
                           "; name one with --fonts DIR or HANDOUT_FONTS_DIR");
}

fs::path locate_plain_words() {
  if (const char* variable = std::getenv("HANDOUT_PLAIN_WORDS_DIR"); variable && *variable)
    return named(variable, "HANDOUT_PLAIN_WORDS_DIR", "plain words");
  const fs::path program = program_folder();
  const fs::path installed = (program / "../share/handout/plain-words").lexically_normal();
  const fs::path build_tree = program / "plain-words";
  for (const fs::path& folder : {installed, build_tree})
    if (is_folder(folder)) return folder;
  throw std::runtime_error("no plain words folder: looked in " + installed.string() + " and " +
                           build_tree.string() + "; name one with HANDOUT_PLAIN_WORDS_DIR");
}

fs::path locate_clinical_lexicon() {
  if (const char* variable = std::getenv("HANDOUT_CLINICAL_LEXICON_DIR"); variable && *variable)
    return named(variable, "HANDOUT_CLINICAL_LEXICON_DIR", "clinical lexicon");
  const fs::path program = program_folder();
  const fs::path installed = (program / "../share/handout/clinical-lexicon").lexically_normal();
  const fs::path build_tree = program / "clinical-lexicon";
  for (const fs::path& folder : {installed, build_tree})
    if (is_folder(folder)) return folder;
  throw std::runtime_error("no clinical lexicon folder: looked in " + installed.string() + " and " +
                           build_tree.string() + "; name one with HANDOUT_CLINICAL_LEXICON_DIR");
}

}  // namespace handout::cli
