#include "cli/fonts_location.h"

#include <cstdlib>
#include <stdexcept>
#include <string>
#include <string_view>

namespace handout::cli {

namespace fs = std::filesystem;

namespace {

bool is_folder(const fs::path& path) {
  std::error_code error;
  return fs::is_directory(path, error);
}

fs::path named(const fs::path& folder, std::string_view by, std::string_view what) {
  if (!is_folder(folder))
    throw std::runtime_error("the " + std::string(what) + " folder " + folder.string() + " (" +
                             std::string(by) + ") does not exist");
  return folder;
}

fs::path program_folder() {
  std::error_code error;
  const fs::path program = fs::read_symlink("/proc/self/exe", error);
  return error ? fs::current_path() : program.parent_path();
}

// A folder of data the tool ships: its name in share/handout/ and in the build tree, the
// variable that names another, and what an error calls it.
struct Shipped {
  std::string_view folder;
  std::string_view variable;
  std::string_view what;
  std::string_view other_ways;  // how to name another, for the error
};

fs::path locate(const Shipped& shipped) {
  if (const char* variable = std::getenv(std::string(shipped.variable).c_str());
      variable && *variable)
    return named(variable, shipped.variable, shipped.what);
  const fs::path program = program_folder();
  const fs::path installed = (program / "../share/handout" / shipped.folder).lexically_normal();
  const fs::path build_tree = program / shipped.folder;
  for (const fs::path& folder : {installed, build_tree})
    if (is_folder(folder)) return folder;
  throw std::runtime_error("no " + std::string(shipped.what) + " folder: looked in " +
                           installed.string() + " and " + build_tree.string() + "; name one with " +
                           std::string(shipped.other_ways));
}

}  // namespace

fs::path locate_fonts(const fs::path& given) {
  if (!given.empty()) return named(given, "--fonts", "fonts");
  return locate({"fonts", "HANDOUT_FONTS_DIR", "fonts", "--fonts DIR or HANDOUT_FONTS_DIR"});
}

fs::path locate_plain_words() {
  return locate(
      {"plain-words", "HANDOUT_PLAIN_WORDS_DIR", "plain words", "HANDOUT_PLAIN_WORDS_DIR"});
}

fs::path locate_clinical_lexicon() {
  return locate({"clinical-lexicon", "HANDOUT_CLINICAL_LEXICON_DIR", "clinical lexicon",
                 "HANDOUT_CLINICAL_LEXICON_DIR"});
}

}  // namespace handout::cli
