#include "cli/tool_command.h"

#include <optional>
#include <vector>

#include "cli/content_load.h"
#include "cli/fonts_location.h"
#include "cli/report.h"
#include "content/content_folder.h"

namespace handout::cli {

ExitCode run_tool(const ToolRun& run) {
  // The shipped clinical lexicons, as a build reads with them (a broken line is left out, as
  // there).
  model::Diagnostics ignored;
  const std::vector<model::ClinicalLexicon> clinical =
      load_clinical_lexicons(locate_clinical_lexicon(), ignored);
  std::error_code error;
  // Outside a content folder the tool reads with no clinic and no lexicon of the clinic's.
  if (!std::filesystem::is_directory(run.content, error))
    return static_cast<ExitCode>(
        run.tool.run(run.argument, run.values, {nullptr, nullptr, &clinical}));
  model::Diagnostics problems;
  const std::optional<model::Clinic> clinic = content::load_clinic(run.content, problems);
  const std::optional<std::vector<model::Lexicon>> lexicons =
      content::load_lexicons(run.content, problems);
  if (!clinic || !lexicons) {
    // What stops every build of the folder stops the tool too.
    print_diagnostics(problems);
    return exit_failed;
  }
  return static_cast<ExitCode>(
      run.tool.run(run.argument, run.values, {&*clinic, &*lexicons, &clinical}));
}

}  // namespace handout::cli
