#include "cli/build_command.h"

#include <chrono>
#include <cstdlib>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/handout_outputs.h"
#include "content/content_folder.h"
#include "content/handout_reader.h"
#include "speech/voices.h"

namespace handout::cli {

namespace {

namespace fs = std::filesystem;

void print(const model::Diagnostics& diagnostics) {
  for (const model::Diagnostic& diagnostic : diagnostics) std::cerr << format(diagnostic) << '\n';
}

// SOURCE_DATE_EPOCH (reproducible-builds.org) dates a PDF whose handout has no `revised`.
std::int64_t source_date_epoch() {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  return value ? std::strtoll(value, nullptr, 10) : 0;
}

std::string seconds_since(std::chrono::steady_clock::time_point start) {
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  std::ostringstream text;
  text << std::fixed << std::setprecision(1) << elapsed.count() << " s";
  return text.str();
}

// Builds one handout; reports and returns false when it fails.
bool build_one(const content::HandoutFile& file, const content::HandoutContext& context,
               const model::Lexicon& lexicon, const BuildOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  model::Diagnostics diagnostics;
  const std::optional<model::Handout> handout =
      content::read_handout(file.path, file.display_name, context, diagnostics);
  try {
    if (handout) {
      const RenderedHandout rendered = render_outputs(*handout, lexicon, options);
      write_outputs(options.out, rendered);
      std::cout << "built " << file.id << " in " << seconds_since(start) << '\n';
      return true;
    }
  } catch (const model::Error& error) {
    diagnostics.push_back(error.diagnostic());
  } catch (const fs::filesystem_error& error) {
    diagnostics.push_back({error.path1().string(), {}, error.code().message()});
  }
  print(diagnostics);
  std::cerr << "failed " << file.id << "; its previous outputs are unchanged\n";
  return false;
}

}  // namespace

ExitCode run_build(const BuildOptions& given) {
  BuildOptions options = given;
  options.print.fallback_epoch = source_date_epoch();
  model::Diagnostics diagnostics;
  const std::optional<model::Clinic> clinic = content::load_clinic(options.content, diagnostics);
  const std::optional<model::Lexicon> lexicon = content::load_lexicon(options.content, diagnostics);
  const std::vector<content::HandoutFile> files =
      content::find_handouts(options.content, options.ids, diagnostics);
  if (!clinic || !lexicon) {  // every handout depends on them
    print(diagnostics);
    return exit_failed;
  }
  print(diagnostics);
  std::error_code error;
  fs::create_directories(options.out, error);
  if (error) {
    std::cerr << options.out.string() << ": cannot create the output folder: " << error.message()
              << '\n';
    return exit_failed;
  }
  const std::vector<std::string> languages = speech::voice_languages();
  std::size_t failed = 0;
  for (const content::HandoutFile& file : files) {
    const content::HandoutContext context{file.id, languages, &*clinic};
    if (!build_one(file, context, *lexicon, options)) ++failed;
  }
  std::cout << "built " << files.size() - failed << " of " << files.size() << " handouts into "
            << options.out.string() << '\n';
  return failed == 0 && diagnostics.empty() ? exit_ok : exit_failed;
}

}  // namespace handout::cli
