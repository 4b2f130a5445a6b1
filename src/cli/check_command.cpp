#include "cli/check_command.h"

#include <algorithm>
#include <iostream>
#include <iterator>

#include "cli/content_load.h"
#include "cli/fonts_location.h"
#include "cli/plain_reading.h"
#include "cli/report.h"
#include "content/handout_reader.h"
#include "content/handout_warnings.h"
#include "writers/writers.h"

namespace handout::cli {

namespace {

std::string plural(std::size_t n, std::string_view word) {
  return std::to_string(n) + ' ' + std::string(word) + (n == 1 ? "" : "s");
}

// How hard the handout is to read: its figures on stdout, and what to simplify as warnings.
void check_reading(const model::Handout& handout, const content::HandoutFile& file,
                   const CheckOptions& options, model::Diagnostics& out) {
  try {
    HandoutReading reading = reading_with_advice(handout);
    if (!options.quiet)
      std::cout << file.display_name << ": "
                << plain::describe(reading.reading, reading_target(handout)) << '\n';
    for (model::Diagnostic& warning : reading.advice) out.push_back(std::move(warning));
  } catch (const std::runtime_error& error) {
    out.push_back({handout.file, handout.at,
                   std::string("cannot measure the reading level: ") + error.what(),
                   model::Severity::warning});
  }
}

// A handout as the reader finds it: its messages so far, and the model when it could be read.
struct CheckedHandout {
  const content::HandoutFile* file = nullptr;
  std::optional<model::Handout> handout;
  model::Diagnostics found;
};

// What the reader finds wrong with one handout, and its warnings.
CheckedHandout read_checked(const content::HandoutFile& file, const LoadedContent& loaded,
                            const CheckOptions& options) {
  CheckedHandout out{&file, {}, {}};
  const content::HandoutContext context{file.id, loaded.clinic ? &*loaded.clinic : nullptr,
                                        options.content};
  out.handout = content::read_handout(file.path, file.display_name, context, out.found);
  if (!out.handout) return out;
  // Warnings: reported, never a failure unless --strict.
  for (model::Diagnostic& diagnostic : content::handout_warnings(
           *out.handout, loaded.clinic ? &*loaded.clinic : nullptr, content::today_utc()))
    out.found.push_back(std::move(diagnostic));
  return out;
}

// What every format finds wrong with the handouts read, each format asked once for them all
// (the audio asks eSpeak NG about the words of a language in one go).
void check_formats(std::vector<CheckedHandout>& checked, const writer::Resources& resources) {
  std::vector<const model::Handout*> handouts;
  std::vector<CheckedHandout*> owners;
  for (CheckedHandout& one : checked)
    if (one.handout) {
      handouts.push_back(&*one.handout);
      owners.push_back(&one);
    }
  for (const writer::Writer* w : writers::all()) {
    std::vector<model::Diagnostics> found = w->check_all(handouts, resources);
    for (std::size_t i = 0; i < found.size(); ++i)
      for (model::Diagnostic& diagnostic : found[i])
        owners[i]->found.push_back(std::move(diagnostic));
  }
}

// One handout's characters that several formats cannot write, each said once.
void merge_gaps_from(model::Diagnostics& out, std::size_t first) {
  const auto start = out.begin() + static_cast<std::ptrdiff_t>(first);
  model::Diagnostics merged = model::merge_character_gaps({start, out.end()});
  out.erase(start, out.end());
  std::ranges::move(merged, std::back_inserter(out));
}

// One handout's messages in the order of its file, wherever each was found.
void sort_by_place(model::Diagnostics& out, std::size_t first) {
  std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                   [](const model::Diagnostic& a, const model::Diagnostic& b) {
                     return std::pair(a.at.line, a.at.column) < std::pair(b.at.line, b.at.column);
                   });
}

bool counts_as_error(const model::Diagnostic& diagnostic, const CheckOptions& options) {
  return diagnostic.severity == model::Severity::error || options.strict;
}

}  // namespace

ExitCode run_check(const CheckOptions& options) {
  model::Diagnostics diagnostics;
  const LoadedContent loaded = load_content(options.content, options.ids, diagnostics);
  if (!options.quiet) print_warnings(loaded.warnings);
  if (!loaded.shared_files_ok()) {
    print_diagnostics(diagnostics);
    if (const std::string blocked = loaded.blocked_message(options.content); !blocked.empty())
      std::cerr << blocked << '\n';
    return exit_failed;
  }
  const writer::Resources resources{.fonts_dir = locate_fonts(options.fonts_dir),
                                    .lexicons = &*loaded.lexicons,
                                    .clinical_lexicons = &loaded.clinical_lexicons};
  std::vector<CheckedHandout> checked;
  for (const content::HandoutFile& file : loaded.files)
    checked.push_back(read_checked(file, loaded, options));
  check_formats(checked, resources);
  std::size_t failed = 0;
  for (CheckedHandout& one : checked) {
    const std::size_t before = diagnostics.size();
    if (one.handout) check_reading(*one.handout, *one.file, options, one.found);
    for (model::Diagnostic& diagnostic : one.found) diagnostics.push_back(std::move(diagnostic));
    merge_gaps_from(diagnostics, before);
    sort_by_place(diagnostics, before);
    if (std::any_of(diagnostics.begin() + static_cast<std::ptrdiff_t>(before), diagnostics.end(),
                    [&](const model::Diagnostic& d) { return counts_as_error(d, options); }))
      ++failed;
  }
  model::Diagnostics shown;
  for (const model::Diagnostic& d : diagnostics)
    if (!options.quiet || counts_as_error(d, options)) shown.push_back(d);
  print_diagnostics(shown);
  const auto errors = static_cast<std::size_t>(std::ranges::count_if(
      diagnostics, [&](const model::Diagnostic& d) { return counts_as_error(d, options); }));
  const std::size_t warnings = diagnostics.size() - errors + loaded.warnings.size();
  const std::string also =
      warnings ? ", " + plural(warnings, "warning") + (options.quiet ? " (not shown: --quiet)" : "")
               : "";
  if (errors == 0) {
    std::cout << "checked " << plural(loaded.files.size(), "handout") << ": no errors" << also
              << '\n';
    return exit_ok;
  }
  std::cerr << plural(errors, "error") << also << " (" << failed << " of "
            << plural(loaded.files.size(), "handout") << " failed)\n";
  return exit_failed;
}

}  // namespace handout::cli
