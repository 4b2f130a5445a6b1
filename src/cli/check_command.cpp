#include "cli/check_command.h"

#include <iostream>

#include "cli/report.h"
#include "content/content_folder.h"
#include "content/handout_reader.h"
#include "speech/voices.h"

namespace handout::cli {

namespace {

std::string plural(std::size_t n, std::string_view word) {
  return std::to_string(n) + ' ' + std::string(word) + (n == 1 ? "" : "s");
}

}  // namespace

ExitCode run_check(const CheckOptions& options) {
  model::Diagnostics diagnostics;
  const std::optional<model::Clinic> clinic = content::load_clinic(options.content, diagnostics);
  content::load_lexicon(options.content, diagnostics);
  const std::vector<content::HandoutFile> files =
      content::find_handouts(options.content, options.ids, diagnostics);
  const std::vector<std::string> languages = speech::voice_languages();
  std::size_t failed = 0;
  for (const content::HandoutFile& file : files) {
    const content::HandoutContext context{file.id, languages, clinic ? &*clinic : nullptr};
    const std::size_t before = diagnostics.size();
    content::read_handout(file.path, file.display_name, context, diagnostics);
    if (diagnostics.size() != before) ++failed;
  }
  print_diagnostics(diagnostics);
  if (diagnostics.empty()) {
    std::cout << "checked " << plural(files.size(), "handout") << ": no errors\n";
    return exit_ok;
  }
  std::cerr << plural(diagnostics.size(), "error") << " (" << failed << " of "
            << plural(files.size(), "handout") << " failed)\n";
  return exit_failed;
}

}  // namespace handout::cli
