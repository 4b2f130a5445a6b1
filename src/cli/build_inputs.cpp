#include "cli/build_inputs.h"

#include <algorithm>
#include <vector>

#include "cli/content_hash.h"
#include "cli/version.h"

namespace handout::cli {

namespace fs = std::filesystem;

namespace {

std::string describe_options(const BuildOptions& options) {
  return "font-size=" + std::to_string(options.print.body_size) +
         " paper=" + (options.print.paper == print::Paper::a4 ? "a4" : "letter") +
         " fonts=" + options.print.fonts_dir.string() +
         " epoch=" + std::to_string(options.print.fallback_epoch) +
         " rate=" + std::to_string(options.speech.rate_wpm) +
         " wav=" + (options.speech.wav ? "1" : "0");
}

std::vector<fs::path> files_in(const fs::path& folder) {
  std::vector<fs::path> files;
  std::error_code error;
  for (const auto& entry : fs::recursive_directory_iterator(folder, error))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::ranges::sort(files);
  return files;
}

}  // namespace

std::string shared_inputs_hash(const BuildOptions& options) {
  ContentHash hash;
  // The tool's own bytes, not just its version: any rebuilt binary may write other bytes.
  hash.add(version).add_file("/proc/self/exe");
  hash.add(describe_options(options));
  hash.add_file(options.content / "clinic.xml").add_file(options.content / "lexicon.pls");
  for (const fs::path& font : files_in(options.print.fonts_dir))
    hash.add(font.filename().string()).add_file(font);
  return hash.hex();
}

std::string handout_inputs_hash(const std::string& shared, const fs::path& handout) {
  return ContentHash().add(shared).add_file(handout).hex();
}

}  // namespace handout::cli
