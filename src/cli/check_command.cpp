#include "cli/check_command.h"

#include <iostream>

#include "cli/content_load.h"
#include "cli/report.h"
#include "content/handout_reader.h"
#include "content/literal_details.h"
#include "writers/writers.h"

namespace handout::cli {

namespace {

std::string plural(std::size_t n, std::string_view word) {
  return std::to_string(n) + ' ' + std::string(word) + (n == 1 ? "" : "s");
}

// What the reader and then every format find wrong with one handout.
void check_handout(const content::HandoutFile& file, const LoadedContent& loaded,
                   const writer::Resources& resources, model::Diagnostics& out) {
  const content::HandoutContext context{file.id, loaded.clinic ? &*loaded.clinic : nullptr};
  const std::optional<model::Handout> handout =
      content::read_handout(file.path, file.display_name, context, out);
  if (!handout || !loaded.shared_files_ok()) return;
  if (loaded.clinic)  // warnings: reported, never a failure
    print_diagnostics(content::literal_clinic_details(*handout, *loaded.clinic));
  for (const writer::Writer* w : writers::all())
    for (model::Diagnostic& diagnostic : w->check(*handout, resources))
      out.push_back(std::move(diagnostic));
}

}  // namespace

ExitCode run_check(const CheckOptions& options) {
  model::Diagnostics diagnostics;
  const LoadedContent loaded = load_content(options.content, options.ids, diagnostics);
  const model::Lexicon no_lexicon;
  const writer::Resources resources{
      options.fonts_dir, loaded.lexicon ? &*loaded.lexicon : &no_lexicon, loaded.lexicon_file, 0};
  std::size_t failed = 0;
  for (const content::HandoutFile& file : loaded.files) {
    const std::size_t before = diagnostics.size();
    check_handout(file, loaded, resources, diagnostics);
    if (diagnostics.size() != before) ++failed;
  }
  print_diagnostics(diagnostics);
  if (diagnostics.empty()) {
    std::cout << "checked " << plural(loaded.files.size(), "handout") << ": no errors\n";
    return exit_ok;
  }
  std::cerr << plural(diagnostics.size(), "error") << " (" << failed << " of "
            << plural(loaded.files.size(), "handout") << " failed)\n";
  return exit_failed;
}

}  // namespace handout::cli
